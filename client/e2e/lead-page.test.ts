import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, onTestFailed, test } from "vitest";
import { createTestDatabase } from "../../server/test/database.js";
import { launchChromium, subscriptionSent } from "./support/browser.js";
import { RESULTS_DIR } from "./support/paths.js";
import { startServer, type RunningServer } from "./support/server.js";

// Released in reverse order after the tests, whatever was acquired before a failure included.
const cleanups: (() => Promise<void>)[] = [];
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  server = await startServer({ databaseUrl: database.url });
  cleanups.push(() => server.stop());
  browser = await launchChromium();
  cleanups.push(() => browser.close());
});

afterAll(async () => {
  const failures: unknown[] = [];
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => failures.push(error));
  if (failures.length) throw new AggregateError(failures, "Cleaning up after the browser test failed");
});

/** Signs in over the API and returns a function sending GraphQL as that user. */
async function apiAs(email: string): Promise<(query: string, variables?: object) => Promise<any>> {
  const send = async (query: string, variables: object, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (!body.data || body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const { login } = await send(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email, password: "leadline-demo" },
  });
  return (query, variables = {}) => send(query, variables, login.accessToken);
}

test("a lead opened from the table shows its score, breakdown and history, and follows changes live", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, "lead-page.png") });
  });
  const live = subscriptionSent(page, "LeadPageEvents");

  // Grade C leads (40-59) still have room to move, so the update below can change the score.
  await page.goto(`${server.url}/leads?grade=C`);
  await page.getByLabel("Email").fill("manager@acme.example");
  await page.getByLabel("Password").fill("leadline-demo");
  await page.getByRole("button", { name: "Sign in" }).click();

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

  const api = await apiAs("manager@acme.example");
  const { lead: before } = await api(
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
  const { updateLead } = await api(
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
