import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { onTestFailed } from "vitest";
import { CHROMIUM, RESULTS_DIR } from "./paths.js";

/** Debian's Chromium, headless, with nothing of its own going on in the background. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Resolves once the page has sent a graphql-ws `subscribe` for the named operation. Call it before
 * the page opens the socket (before `goto`) so the frame cannot be missed.
 */
export function subscriptionSent(page: Page, operationName: string): Promise<void> {
  return new Promise((resolve) => {
    page.on("websocket", (socket) => {
      socket.on("framesent", ({ payload }) => {
        const message = JSON.parse(payload.toString()) as {
          type?: string;
          payload?: { operationName?: string };
        };
        if (message.type === "subscribe" && message.payload?.operationName === operationName) resolve();
      });
    });
  });
}

/**
 * Picks the option `name` of an MUI select. Under load a click can land while the menu is still growing
 * open and miss its option (seen in CI: the menu stayed open, the value unchanged, the pointer over
 * another option): the click is then made again, up to three times.
 */
export async function chooseOption(page: Page, select: Locator, name: string | RegExp): Promise<void> {
  await select.click();
  const listbox = page.getByRole("listbox");
  for (let attempt = 1; ; attempt++) {
    await listbox.getByRole("option", { name }).click();
    try {
      await listbox.waitFor({ state: "hidden", timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Signs in on the login page `page` shows (the app sends a signed-out visitor there), as a demo user. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("leadline-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens `url` signed out and signs in there as a demo user; the app then shows the page asked for. */
export async function openSignedIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(url);
  await signIn(page, email);
}

/** Keeps a screenshot of the page in client/test-results/<name>.png when the running test fails. */
export function screenshotOnFailure(page: Page, name: string, fullPage = false): void {
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage });
  });
}
