import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { expect, onTestFailed, test } from "vitest";
import { ApiClient } from "./support/api.js";
import { subscriptionSent } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";
import { RESULTS_DIR } from "./support/paths.js";

const fixture = useServerAndBrowser();
const LIVE = { timeout: 15_000 } as const;

test("a rep's bell counts a lead assigned to them live, lists it, and opens the lead", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, "notifications.png"), fullPage: true });
  });
  const live = subscriptionSent(page, "NotificationAdded");
  await page.goto(`${fixture.server.url}/`);
  await page.getByLabel("Email").fill("rep2@acme.example");
  await page.getByLabel("Password").fill("leadline-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await live;
  const bell = page.getByRole("button", { name: /^Notifications/ });
  await expect.poll(() => bell.getAttribute("aria-label"), LIVE).toBe("Notifications");

  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  const lead = await api.firstLead({ assignedToIds: [await api.userId("rep1@acme.example")] });
  await api.assignLead({
    leadId: lead.id,
    userId: await api.userId("rep2@acme.example"),
    reason: "Holiday cover",
  });

  await expect.poll(() => bell.getAttribute("aria-label"), LIVE).toBe("Notifications, 1 unread");
  await bell.click();
  const panel = page.getByRole("dialog", { name: "Notifications" });
  const item = panel.getByRole("button", { name: new RegExp(`New lead: .*${lead.fullName.split(" ")[0]}`) });
  await item.waitFor();
  expect(await item.textContent()).toContain("Assigned to you: Holiday cover");
  await item.click();
  await page.waitForURL(`**/leads/${lead.id}`);
  await expect.poll(() => bell.getAttribute("aria-label"), LIVE).toBe("Notifications");
});
