import { randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { ApiClient } from "./support/api.js";
import { openSignedIn, chooseOption, subscriptionSent, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

/** How long a page may take to show what the server did (a refetch on two busy cores). */
const LIVE = { timeout: 15_000 } as const;

async function openPage(name: string): Promise<Page> {
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  screenshotOnFailure(page, name, true);
  return page;
}

/**
 * The team queue's rows waiting for Inbound (rep1-3's team): the demo queues leads in Outbound too,
 * which an Inbound rep may not claim.
 */
function inboundQueueRows(page: Page, queue: Locator): Locator {
  return queue.locator("tbody tr").filter({ has: page.getByRole("cell", { name: "Inbound", exact: true }) });
}

async function managerApi(): Promise<ApiClient> {
  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  return api;
}

test("a manager reassigns a lead from the lead page, with a reason, and sees it in the history", async () => {
  const page = await openPage("routing-reassign");
  const api = await managerApi();
  const lead = await api.firstLead({ assignedToIds: [await api.userId("rep1@acme.example")] });
  await openSignedIn(page, `${fixture.server.url}/leads/${lead.id}`, "manager@acme.example");

  const card = page.getByRole("region", { name: "Assignment" });
  const owner = card.getByText(/^Owned by/);
  await expect.poll(() => owner.textContent(), LIVE).toMatch(/Owned by .*\(Rep 1\)/);
  await card.getByRole("button", { name: "Reassign" }).click();
  const dialog = page.getByRole("dialog", { name: `Reassign ${lead.fullName}` });

  // The reason is required: saving without one says so and changes nothing.
  await dialog.getByRole("combobox", { name: "New owner" }).fill("Rep 5");
  await page.getByRole("option", { name: /\(Rep 5\)/ }).click();
  await dialog.getByRole("button", { name: "Reassign" }).click();
  await dialog.getByText("Say why, for the history").waitFor();

  const reason = `Speaks the customer's language ${randomUUID().slice(0, 6)}`;
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Reassign" }).click();
  await dialog.waitFor({ state: "detached" });

  await expect.poll(() => owner.textContent(), LIVE).toMatch(/Owned by .*\(Rep 5\)/);
  const history = card.getByRole("list", { name: "Assignment history" });
  const entry = history.getByRole("listitem").first();
  await expect.poll(() => entry.textContent(), LIVE).toContain(reason);
  expect(await entry.textContent()).toMatch(/\(Rep 1\) → .*\(Rep 5\) · Assigned by hand by Morgan Manager/);

  const { lead: stored } = await api.request<any>(
    `query ($id: ID!) { lead(id: $id) { assignedTo { email } } }`,
    {
      id: lead.id,
    },
  );
  expect(stored.assignedTo.email).toBe("rep5@acme.example");
  await card.screenshot({ path: "/tmp/routing-lead-assignment.png" });
});

test("a rep's queue shows a lead assigned to them live, with a toast and a badge", async () => {
  const page = await openPage("routing-my-queue");
  const live = subscriptionSent(page, "MyLeadAssigned");
  await openSignedIn(page, `${fixture.server.url}/queue`, "rep2@acme.example");
  const mine = page.getByRole("table", { name: "My open leads" });
  await mine.locator("tbody tr").first().waitFor();
  // Reps have no routing admin or workload entries in the navigation.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "My queue" }).waitFor();
  expect(await nav.getByRole("link", { name: "Routing" }).count()).toBe(0);
  expect(await nav.getByRole("link", { name: "Workload" }).count()).toBe(0);

  await live;
  // A marker on this document: it would be gone if the page reloaded to show the lead.
  await page.evaluate(() => Object.assign(globalThis, { leadlineE2eMarker: true }));

  const api = await managerApi();
  // The hottest waiting lead: it belongs among the rep's top 100 open leads, which the page lists.
  const lead = await api.firstLead(
    { unassigned: true, status: ["NEW"] },
    { field: "SCORE", direction: "DESC" },
  );
  await api.assignLead({
    leadId: lead.id,
    userId: await api.userId("rep2@acme.example"),
    reason: "Live queue test",
  });

  await page
    .getByRole("status")
    .filter({ hasText: `New lead assigned to you: ${lead.fullName}` })
    .waitFor();
  const row = mine.getByRole("row").filter({ hasText: lead.fullName });
  await row.waitFor({ timeout: 20_000 });
  expect(await row.textContent()).toContain("Just assigned");
  expect(await page.evaluate(() => "leadlineE2eMarker" in globalThis)).toBe(true);

  // The team queue lists the unassigned leads the rep may claim: their team's queue and leads in none, not
  // the leads waiting for Outbound.
  const open = "status: [NEW, CONTACTED, QUALIFIED]";
  const { teams } = await api.request<any>(`{ teams { edges { node { id name } } } }`);
  const inboundId = teams.edges.find(({ node }: any) => node.name === "Inbound").node.id;
  const claimable = await api.request<any>(
    `{ leads(first: 1, filter: { unassigned: true, ${open}, queueTeamIds: ["${inboundId}", null] }) { totalCount } }`,
  );
  const everyQueue = await api.request<any>(
    `{ leads(first: 1, filter: { unassigned: true, ${open} }) { totalCount } }`,
  );
  expect(claimable.leads.totalCount).toBeLessThan(everyQueue.leads.totalCount);
  await page
    .getByRole("heading", {
      name: `Team queue (${claimable.leads.totalCount.toLocaleString("en-US")} unassigned)`,
    })
    .waitFor();
  const queue = page.getByRole("table", { name: "Team queue" });
  const first = inboundQueueRows(page, queue).first();
  const claimed = (await first.locator("th").textContent())!;
  await first.getByRole("button", { name: `Claim ${claimed}` }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `${claimed} is yours now.` })
    .waitFor();
  await mine.getByRole("row").filter({ hasText: claimed }).waitFor();
  await page.screenshot({ path: "/tmp/routing-my-queue.png" });
});

test("of two reps claiming one lead, the second is told someone was first", async () => {
  const page = await openPage("routing-claim-conflict");
  await openSignedIn(page, `${fixture.server.url}/queue`, "rep1@acme.example");
  const queue = page.getByRole("table", { name: "Team queue" });
  const first = inboundQueueRows(page, queue).first();
  await first.waitFor();
  const name = (await first.locator("th").textContent())!;

  // Another rep of the team claims the lead just before this rep's claim reaches the server.
  const rival = new ApiClient(fixture.server.url);
  await rival.login("rep3@acme.example", "leadline-demo");
  await page.route("**/graphql", async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string; variables?: any } | null;
    if (body?.operationName === "ClaimLead") await rival.claimLead(body.variables.input.leadId);
    await route.continue();
  });
  await first.getByRole("button", { name: `Claim ${name}` }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `Someone else claimed ${name} first.` })
    .waitFor();
  // The queue is read again: the lead has left it.
  await expect.poll(() => queue.getByRole("row").filter({ hasText: name }).count(), LIVE).toBe(0);
});

test("a manager creates a routing rule and the test panel shows it winning", async () => {
  const page = await openPage("routing-admin");
  await openSignedIn(page, `${fixture.server.url}/routing`, "manager@acme.example");
  const rules = page.getByRole("list", { name: "Routing rules" });
  await rules.getByRole("listitem", { name: /DACH by score band/ }).waitFor();

  const name = `Canada ${randomUUID().slice(0, 6)}`;
  await page.getByRole("button", { name: "New rule" }).click();
  const dialog = page.getByRole("dialog", { name: "New routing rule" });
  await dialog.getByLabel("Name").fill(name);
  await chooseOption(page, dialog.getByRole("combobox", { name: "Strategy" }), "Specific rep");
  await chooseOption(page, dialog.getByRole("combobox", { name: "Rep" }), /\(Rep 3\)/);
  await dialog.getByRole("button", { name: "Add condition" }).click();
  const condition = dialog.getByRole("group", { name: "Condition 1" });
  await condition.getByRole("combobox", { name: "Field" }).fill("Country");
  await page.getByRole("option", { name: "Country", exact: true }).click();
  await condition.getByLabel("Value").fill("CA");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached" });

  // A new rule goes to the top: tried first.
  const firstRule = rules.getByRole("listitem").first();
  await expect.poll(() => firstRule.getAttribute("aria-label"), LIVE).toBe(`1. ${name}`);
  expect(await firstRule.textContent()).toMatch(/Country equals CA → Specific rep: .*\(Rep 3\)/);

  const panel = page.getByRole("form", { name: "Test a lead" });
  await panel.getByLabel("Country", { exact: true }).fill("CA");
  await panel.getByLabel("Company", { exact: true }).fill("Maple Leaf Ltd");
  await panel.getByRole("button", { name: "Test" }).click();
  const result = panel.getByRole("status", { name: "Test result" });
  await result.waitFor();
  expect(await result.textContent()).toMatch(new RegExp(`Rule ${name} wins: .*\\(Rep 3\\) would get it`));

  // Moving it below the fallback: "Everyone else" then wins the same lead.
  await page.getByRole("button", { name: `Move ${name} down` }).click();
  await expect
    .poll(() => rules.getByRole("listitem").nth(1).getAttribute("aria-label"), LIVE)
    .toBe(`2. ${name}`);
  await page.getByRole("button", { name: `Move ${name} down` }).click();
  await expect
    .poll(() => rules.getByRole("listitem").nth(2).getAttribute("aria-label"), LIVE)
    .toBe(`3. ${name}`);
  await panel.getByRole("button", { name: "Test" }).click();
  await expect.poll(() => result.textContent(), LIVE).toMatch(/Rule Everyone else wins/);

  // From the keyboard: Alt+↑ on a focused rule moves it up.
  await rules.getByRole("listitem", { name: `3. ${name}` }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect
    .poll(() => rules.getByRole("listitem").nth(1).getAttribute("aria-label"), LIVE)
    .toBe(`2. ${name}`);

  // With the mouse: dragged by its handle onto the first row, it takes first place (one reorder).
  const handle = (label: string) =>
    rules.getByRole("listitem", { name: label }).locator('[aria-roledescription="draggable"]');
  const from = (await handle(`2. ${name}`).boundingBox())!;
  const to = (await rules.getByRole("listitem").first().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect.poll(() => firstRule.getAttribute("aria-label"), LIVE).toBe(`1. ${name}`);
  const { assignmentRules } = await (
    await managerApi()
  ).request<any>(`{ assignmentRules(first: 1) { edges { node { name } } } }`);
  expect(assignmentRules.edges[0].node.name).toBe(name);
  await page.screenshot({ path: "/tmp/routing-admin.png" });
});

test("a manager sees a team's workload live and takes a rep out of routing", async () => {
  const page = await openPage("routing-workload");
  const live = subscriptionSent(page, "WorkloadChanged");
  await openSignedIn(page, `${fixture.server.url}/workload`, "manager@acme.example");
  await page.getByRole("heading", { name: "Inbound" }).waitFor();
  const chart = page.getByRole("figure", { name: "Workload per rep" });
  await chart.locator("svg .recharts-bar-rectangle").first().waitFor();

  const reps = page.getByRole("table", { name: "Reps" });
  const rep1 = reps.getByRole("row").filter({ hasText: "(Rep 1)" });
  const assignedToday = () => rep1.locator("td").nth(1).textContent();
  const before = Number(await assignedToday());
  // The demo's unassigned leads wait in the queue of their rule's team.
  const waitingText = page.getByRole("status", { name: "Queued leads" });
  const queued = async () => Number.parseInt((await waitingText.textContent())!.replace(/,/g, ""), 10);
  const waiting = await queued();
  expect(waiting).toBeGreaterThan(0);

  // Live: a lead of the team's queue given to the rep shows in their figures and leaves the queue.
  await live;
  const api = await managerApi();
  const rep1Id = await api.userId("rep1@acme.example");
  const { leads } = await api.request<any>(
    `{ leads(first: 100, filter: { unassigned: true }) { edges { node { id queueTeam { name } } } } }`,
  );
  const lead = leads.edges.find(({ node }: any) => node.queueTeam?.name === "Inbound").node;
  await api.assignLead({ leadId: lead.id, userId: rep1Id, reason: "Workload test" });
  await expect.poll(async () => Number(await assignedToday()), LIVE).toBe(before + 1);
  await expect.poll(queued, LIVE).toBe(waiting - 1);

  // Availability: switched off here, routing skips the rep.
  const available = rep1.getByRole("switch");
  expect(await available.isChecked()).toBe(true);
  await available.click();
  await expect.poll(() => available.isChecked(), LIVE).toBe(false);
  const { salesProfiles } = await api.request<any>(`{ salesProfiles { available user { id } } }`);
  expect(salesProfiles.find((profile: any) => profile.user.id === rep1Id).available).toBe(false);
  await page.screenshot({ path: "/tmp/routing-workload.png" });
});

test("a manager draws a territory for a rep and a territory rule sends its leads there", async () => {
  const page = await openPage("routing-territory");
  const api = await managerApi();
  const { teams } = await api.request<any>(`{ teams(first: 10) { edges { node { id name } } } }`);
  await api.request(
    `mutation ($input: CreateAssignmentRuleInput!) { createAssignmentRule(input: $input) { rule { id } } }`,
    {
      input: {
        name: "Oceania by territory",
        strategy: "TERRITORY",
        teamId: teams.edges[0].node.id,
        priority: 1000,
        conditions: [{ field: "country", operator: "IN", value: ["NZ", "AU"] }],
      },
    },
  );
  await openSignedIn(page, `${fixture.server.url}/routing`, "manager@acme.example");
  await page.getByRole("button", { name: "New territory" }).click();
  const dialog = page.getByRole("dialog", { name: "New territory" });
  await dialog.getByLabel("Name").fill("New Zealand");
  await chooseOption(page, dialog.getByRole("combobox", { name: "Owned by" }), "A rep");
  await chooseOption(page, dialog.getByRole("combobox", { name: "Rep" }), /\(Rep 4\)/);
  const criterion = dialog.getByRole("group", { name: "Criterion 1" });
  await criterion.getByLabel("Value").fill("NZ");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached" });

  const territories = page.getByRole("list", { name: "Territories" });
  await expect
    .poll(() => territories.getByRole("listitem").filter({ hasText: "New Zealand" }).textContent(), LIVE)
    .toMatch(/Country equals NZ → .*\(Rep 4\)/);

  const panel = page.getByRole("form", { name: "Test a lead" });
  await panel.getByLabel("Country", { exact: true }).fill("NZ");
  await panel.getByLabel("Company", { exact: true }).fill("Kiwi Ltd");
  await panel.getByRole("button", { name: "Test" }).click();
  const result = panel.getByRole("status", { name: "Test result" });
  await expect
    .poll(() => result.textContent(), LIVE)
    .toMatch(/Rule Oceania by territory wins: .*\(Rep 4\) would get it/);
  await page.screenshot({ path: "/tmp/routing-territory.png", fullPage: true });
});

test("the lead page counts down to the first-contact deadline, and hides it after contact", async () => {
  const page = await openPage("routing-sla-countdown");
  const api = await managerApi();
  const lead = await api.createLead({
    firstName: "Sla",
    lastName: `Countdown ${randomUUID().slice(0, 6)}`,
    company: "Clockwork Ltd",
    email: `sla.${randomUUID().slice(0, 6)}@clockwork.example`,
  });
  await openSignedIn(page, `${fixture.server.url}/leads/${lead.id}`, "manager@acme.example");
  const timer = page.getByRole("timer", { name: /First-contact deadline/ });
  await expect.poll(() => timer.textContent(), LIVE).toMatch(/First contact: .* left/);
  await page
    .getByRole("region", { name: "Assignment" })
    .screenshot({ path: "/tmp/routing-sla-countdown.png" });
  await api.request(`mutation ($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }`, {
    input: { id: lead.id, status: "CONTACTED" },
  });
  await expect.poll(() => timer.count(), LIVE).toBe(0);
});
