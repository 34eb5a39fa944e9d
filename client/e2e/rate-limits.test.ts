import { test } from "vitest";
import { openSignedIn, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

// A budget a few page loads spend (a page is 3 to 15 requests and subscribes).
const fixture = useServerAndBrowser({ WEB_RATE_LIMIT_PER_MINUTE: "15" });

test("a person over their request budget is told to wait, not that the server is unreachable", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1400, height: 900 } });
  screenshotOnFailure(page, "rate-limits");
  await openSignedIn(page, `${fixture.server.url}/integrations`, "admin@acme.example");
  await page.getByRole("heading", { name: "API keys" }).waitFor();
  const refusal = page.getByText(/Too many requests; retry in \d+ s/).first();
  for (let load = 0; load < 5 && !(await refusal.isVisible()); load++) {
    await page.reload();
    await page.waitForLoadState("networkidle");
  }
  await refusal.waitFor();
  if ((await page.getByText("could not be reached").count()) > 0)
    throw new Error("a refused request was shown as an unreachable server");
});
