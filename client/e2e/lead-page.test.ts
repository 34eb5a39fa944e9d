import { expect, test } from "vitest";
import { ApiClient } from "./support/api.js";
import { openSignedIn, subscriptionSent, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

test("a lead opened from the table shows its score, breakdown and history, and follows changes live", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 800 } });
  screenshotOnFailure(page, "lead-page");
  const live = subscriptionSent(page, "LeadPageEvents");

  // Grade C leads (40-59) still have room to move, so the update below can change the score.
  await openSignedIn(page, `${fixture.server.url}/leads?grade=C`, "manager@acme.example");

  // The score column is the fifth (see LEAD_COLUMNS).
  const firstRow = page.getByRole("table", { name: "Leads" }).locator("tbody tr").first();
  await firstRow.waitFor();
  const tableScore = (await firstRow.locator("th, td").nth(4).textContent())?.trim();
  expect(tableScore).toMatch(/^\d+$/);

  await firstRow.click();
  await page.waitForURL(/\/leads\/[^/?]+$/);
  const leadId = new URL(page.url()).pathname.split("/").at(-1);

  const gauge = page.getByRole("meter", { name: "Lead score" });
  await gauge.waitFor();
  expect(await gauge.getAttribute("aria-valuenow")).toBe(tableScore);

  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  const { lead: before } = await api.request<any>(
    `query ($id: ID!) { lead(id: $id) { jobTitle scoreBreakdown { name } } }`,
    {
      id: leadId,
    },
  );
  expect(before.scoreBreakdown.length).toBeGreaterThan(0);
  const breakdown = page.getByRole("table", { name: "Score breakdown" });
  await breakdown.getByRole("row", { name: before.scoreBreakdown[0].name }).first().waitFor();

  // The history chart draws even a single change (every demo lead has its CREATED one) as a dot.
  const chart = page.getByRole("figure", { name: "Score history chart" });
  await chart.locator("svg").first().waitFor();
  expect(await chart.locator(".recharts-dot").count()).toBeGreaterThan(0);

  // A marker on this document: it would be gone if the page reloaded to show the change.
  await live;
  await page.evaluate(() => Object.assign(globalThis, { leadlineE2eMarker: true }));

  const jobTitle = "Chief Executive Officer";
  expect(before.jobTitle, "the update must change the lead").not.toBe(jobTitle);
  const { updateLead } = await api.request<any>(
    `mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { lead { score } } }`,
    { input: { id: leadId, jobTitle } },
  );

  await page.getByText(jobTitle).first().waitFor({ timeout: 20_000 });
  await expect.poll(() => gauge.getAttribute("aria-valuenow")).toBe(String(updateLead.lead.score));
  if (String(updateLead.lead.score) !== tableScore) {
    const changes = page.getByRole("table", { name: "Latest score changes" });
    await expect.poll(() => changes.locator("tbody tr").first().textContent()).toContain("Lead updated");
  }
  expect(await page.evaluate(() => "leadlineE2eMarker" in globalThis)).toBe(true);

  await page.screenshot({ path: "/tmp/lead-page.png" });
});
