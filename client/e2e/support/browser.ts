import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM } from "./paths.js";

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
