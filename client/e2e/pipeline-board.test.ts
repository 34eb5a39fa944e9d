import { randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { ApiClient } from "./support/api.js";
import { subscriptionSent, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

const card = (page: Page, stage: string, leadId: string) =>
  page.locator(`section[data-stage="${stage}"] [data-lead-id="${leadId}"]`);

/** A lead only this test knows, found on the board by searching its unique name. */
async function newLead(api: ApiClient) {
  const lastName = `Board-${randomUUID().slice(0, 8)}`;
  const lead = await api.createLead({
    firstName: "Kanban",
    lastName,
    company: "Drag Drop Ltd",
    email: `${lastName.toLowerCase()}@example.com`,
  });
  return { id: lead.id, lastName };
}

/**
 * A page that leaves a screenshot when its test fails, a manager's API client and a lead only this test
 * knows.
 */
async function setUp(screenshot: string, { viewport = { width: 1600, height: 900 }, fullPage = false } = {}) {
  const page = await fixture.browser.newPage({ viewport });
  screenshotOnFailure(page, screenshot, fullPage);
  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  return { page, api, lead: await newLead(api) };
}

/**
 * Drags a card onto a column with the mouse, as a person does: grabbed near its bottom edge (clear of the
 * name link), nudged past the board's 6 px activation distance, then moved over the column and dropped.
 */
async function dragWithPointer(page: Page, source: Locator, stage: string) {
  const from = (await source.boundingBox())!;
  const target = (await page.locator(`section[data-stage="${stage}"]`).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 6);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 120, { steps: 15 });
  await page.mouse.up();
}

async function openBoard(page: Page, search: string, email = "manager@acme.example") {
  await page.goto(`${fixture.server.url}/pipeline`);
  // Signed out, the app sends us to sign in first (and back); signed in, the board shows.
  const board = page.getByRole("region", { name: "Pipeline board" });
  const emailField = page.getByLabel("Email");
  await Promise.race([board.waitFor(), emailField.waitFor()]);
  if (await emailField.isVisible()) {
    await emailField.fill(email);
    await page.getByLabel("Password").fill("leadline-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await board.waitFor();
  await page.getByLabel("Search the board").fill(search);
}

const statusOf = async (api: ApiClient, id: string) =>
  (
    await api.request<{ lead: { status: string; lostReason: string | null } }>(
      `query ($id: ID!) { lead(id: $id) { status lostReason } }`,
      { id },
    )
  ).lead;

test("dragging a card to another column moves the lead, and the move survives a reload", async () => {
  const { page, api, lead } = await setUp("pipeline-drag");

  await openBoard(page, "");
  await page.locator('section[data-stage="New"] [data-lead-id]').first().waitFor();
  await page.screenshot({ path: "/tmp/pipeline-board.png" });
  await page.getByLabel("Search the board").fill(lead.lastName);
  const source = card(page, "New", lead.id);
  await source.waitFor();
  await dragWithPointer(page, source, "Contacted");

  await card(page, "Contacted", lead.id).waitFor({ timeout: 15_000 });
  await expect.poll(async () => (await statusOf(api, lead.id)).status).toBe("CONTACTED");
  expect(await card(page, "New", lead.id).count()).toBe(0);

  await page.reload();
  await openBoard(page, lead.lastName);
  await card(page, "Contacted", lead.id).waitFor();
  expect(await card(page, "New", lead.id).count()).toBe(0);
  await page.close();
});

test("the keyboard moves a card column by column, however fast the keys come", async () => {
  const { page, api, lead } = await setUp("pipeline-keyboard");
  await openBoard(page, lead.lastName);
  const source = card(page, "New", lead.id);
  await source.waitFor();

  // Two presses with no pause between them (faster than the board renders): two columns on.
  await source.focus();
  await page.keyboard.press("Space");
  await page.locator('[aria-pressed="true"][data-lead-id]').waitFor();
  // Two frames: the board measures its columns once the drag has started (a string: this file's types
  // have no DOM).
  await page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
  for (const key of ["ArrowRight", "ArrowRight"]) await page.keyboard.press(key);
  // The board announces where the card is, as a screen reader would say it.
  await expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toBe("Over Qualified.");
  await page.keyboard.press("Space");

  await card(page, "Qualified", lead.id).waitFor({ timeout: 15_000 });
  await expect.poll(async () => (await statusOf(api, lead.id)).status).toBe("QUALIFIED");
  await page.close();
});

test("a card dropped on Lost asks for the reason, and another user's move shows up live", async () => {
  const { page, api, lead } = await setUp("pipeline-lost");
  const live = subscriptionSent(page, "PipelineBoardEvents");

  await openBoard(page, lead.lastName);
  const source = card(page, "New", lead.id);
  await source.waitFor();
  // Dropped on Lost (with the pointer): the board asks why first.
  await dragWithPointer(page, source, "Lost");

  const dialog = page.getByRole("dialog", { name: /Why was .* lost\?/ });
  await dialog.waitFor();
  const confirm = dialog.getByRole("button", { name: "Mark lost" });
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByLabel("Competitor chosen").check();
  await confirm.click();

  await card(page, "Lost", lead.id).waitFor({ timeout: 15_000 });
  expect(await statusOf(api, lead.id)).toEqual({ status: "LOST", lostReason: "Competitor chosen" });

  // Someone else reopens it: the board follows without a reload.
  await live;
  await page.evaluate(() => Object.assign(globalThis, { leadlineE2eMarker: true }));
  const stages = await api.request<{ pipelineStages: { id: string; name: string }[] }>(
    `{ pipelineStages { id name } }`,
  );
  const contacted = stages.pipelineStages.find((stage) => stage.name === "Contacted")!;
  await api.request(`mutation ($input: MoveLeadInput!) { moveLead(input: $input) { lead { id } } }`, {
    input: { leadId: lead.id, stageId: contacted.id },
  });
  await card(page, "Contacted", lead.id).waitFor({ timeout: 20_000 });
  expect(await page.evaluate(() => "leadlineE2eMarker" in globalThis)).toBe(true);
  await page.close();
});

test("the lead page moves the lead with its stage stepper and logs a call on its timeline", async () => {
  const { page, api, lead } = await setUp("lead-page-pipeline", {
    viewport: { width: 1400, height: 1000 },
    fullPage: true,
  });
  await openBoard(page, lead.lastName);
  await card(page, "New", lead.id).getByRole("link").click();
  await page.waitForURL(new RegExp(`/leads/${lead.id}$`));

  // MUI's non-linear stepper presents its steps as tabs.
  const stepper = page.getByLabel("Pipeline stage");
  await stepper.getByRole("tab", { name: /Contacted/ }).click();
  await expect.poll(async () => (await statusOf(api, lead.id)).status).toBe("CONTACTED");

  const timeline = page.getByRole("list", { name: "Timeline" });
  await timeline.getByText("Status change: New → Contacted").waitFor();
  await page.getByRole("group", { name: "Log an activity" }).getByRole("button", { name: "Call" }).click();
  const dialog = page.getByRole("dialog", { name: "Log call" });
  await dialog.getByLabel("Subject").fill("Intro call");
  await dialog.getByLabel("Outcome").fill("Interested");
  await dialog.getByRole("button", { name: "Log" }).click();
  await timeline.getByText("Call: Intro call").waitFor();
  const { lead: logged } = await api.request<{ lead: { activitiesCount: number } }>(
    `query ($id: ID!) { lead(id: $id) { activitiesCount } }`,
    { id: lead.id },
  );
  expect(logged.activitiesCount).toBe(1);
  await page.screenshot({ path: "/tmp/lead-page-pipeline.png", fullPage: true });
  await page.close();
});

test("an admin adds a stage, and it becomes a column of the board", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1600, height: 900 } });
  screenshotOnFailure(page, "pipeline-stages");
  await openBoard(page, "", "admin@acme.example");
  await page.getByRole("button", { name: "Edit stages" }).click();
  const dialog = page.getByRole("dialog", { name: "Pipeline stages" });
  const form = dialog.getByRole("form", { name: "New stage" });
  await form.getByLabel("New stage", { exact: true }).fill("Demo booked");
  await form.getByRole("button", { name: "Add" }).click();
  await dialog.getByLabel("Name of Demo booked").waitFor();
  await dialog.getByRole("button", { name: "Done" }).click();
  await page.locator('section[data-stage="Demo booked"]').waitFor();
  await page.close();
});
