import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { ApiClient } from "./support/api.js";
import { openSignedIn, chooseOption, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

async function signInAtScoring(page: Page, email: string): Promise<void> {
  await openSignedIn(page, `${fixture.server.url}/scoring`, email);
  await page
    .getByRole("table", { name: "Scoring rules" })
    .getByRole("row", { name: /Business email/ })
    .waitFor();
}

test("an admin sees the distribution and rules, previews a new rule and its impact, and saves it", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 800 } });
  screenshotOnFailure(page, "scoring-admin");
  await signInAtScoring(page, "admin@acme.example");

  const chart = page.getByRole("figure", { name: "Score distribution chart" });
  await chart.locator("svg .recharts-bar-rectangle").first().waitFor();
  // A default rule on a custom field reads by the field's key in words.
  const budgetRule = page
    .getByRole("table", { name: "Scoring rules" })
    .getByRole("row", { name: /Budget given/ });
  expect(await budgetRule.textContent()).toContain("Budget range is not empty");

  // A new rule: Source equals webinar, 7 points.
  const name = `Webinar ${randomUUID().slice(0, 8)}`;
  await page.getByRole("button", { name: "New rule" }).click();
  const dialog = page.getByRole("dialog", { name: "New rule" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("combobox", { name: "Field" }).fill("Source");
  await page.getByRole("option", { name: "Source", exact: true }).click();
  await chooseOption(page, dialog.getByRole("combobox", { name: "Operator" }), /^Equals$/);
  await dialog.getByLabel("Value").fill("webinar");
  await dialog.getByLabel("Points").fill("7");

  // The preview scores the newest leads in the browser.
  const preview = dialog.getByRole("table", { name: "Preview on the newest leads" });
  await preview.locator("tbody tr").first().waitFor();
  expect(await preview.locator("tbody tr").count()).toBeGreaterThan(0);

  await dialog.getByRole("button", { name: "Impact on all leads" }).click();
  const impact = dialog.getByRole("region", { name: "Impact on all leads" });
  await impact.waitFor();
  expect(await impact.textContent()).toMatch(/Of [\d,]+ leads, [\d,]+ would change score/);

  await page.screenshot({ path: "/tmp/scoring-admin.png" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached" });
  const row = page.getByRole("table", { name: "Scoring rules" }).getByRole("row", { name: new RegExp(name) });
  await row.waitFor();
  expect(await row.textContent()).toContain("Source equals webinar");
  // Saving rescored the organisation in the background; the page shows it live.
  await page
    .getByRole("status")
    .filter({ hasText: /Last rescoring \(rules changed\): 2,000 leads checked/ })
    .waitFor();

  // Editing a default rule loads its list value as chips.
  await page.getByRole("button", { name: "Edit Job title: manager" }).click();
  const edit = page.getByRole("dialog", { name: "Edit “Job title: manager”" });
  await edit.locator(".MuiChip-root", { hasText: "manager" }).waitFor();
  await edit.getByRole("button", { name: "Cancel" }).click();
  await edit.waitFor({ state: "detached" });

  const api = new ApiClient(fixture.server.url);
  await api.login("admin@acme.example", "leadline-demo");
  const { scoringRules } = await api.request<any>(
    `{ scoringRules(first: 100) { edges { node { name field operator value points } } } }`,
  );
  expect(scoringRules.edges.map((edge: any) => edge.node)).toContainEqual({
    name,
    field: "source",
    operator: "EQUALS",
    value: "webinar",
    points: 7,
  });
});

test("a viewer sees the rules read-only", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signInAtScoring(page, "viewer@acme.example");
  expect(await page.getByRole("button", { name: "New rule" }).count()).toBe(0);
  expect(await page.getByRole("button", { name: /^Edit / }).count()).toBe(0);
});
