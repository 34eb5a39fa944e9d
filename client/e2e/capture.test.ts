import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { expect, onTestFailed, test } from "vitest";
import { ApiClient } from "./support/api.js";
import { chooseOption } from "./support/browser.js";
import { RESULTS_DIR } from "./support/paths.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

test("the capture log shows accepted captures and rejected ones with the reason", async () => {
  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  const { createCampaign } = await api.request<any>(
    'mutation { createCampaign(input: { name: "Landing page", status: ACTIVE }) { campaign { id publicToken } } }',
  );
  const capture = (email: string) =>
    fetch(`${fixture.server.url}/v1/api/leads`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-campaign-token": createCampaign.campaign.publicToken,
      },
      body: JSON.stringify({ campaign_id: createCampaign.campaign.id, contact: { lastName: "Log", email } }),
    });
  await capture("log@capture.example");
  await capture("not-an-email");

  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, "capture-log.png") });
  });
  await page.goto(`${fixture.server.url}/capture`);
  await page.getByLabel("Email").fill("manager@acme.example");
  await page.getByLabel("Password").fill("leadline-demo");
  await page.getByRole("button", { name: "Sign in" }).click();

  const log = page.getByRole("table", { name: "Capture log" });
  await log
    .getByRole("row", { name: /Api Rejected INVALID_FIELD: contact\.email is not a valid email address/ })
    .waitFor();
  await log
    .getByRole("row", { name: /Api Accepted/ })
    .getByRole("link", { name: "Open" })
    .waitFor();
});

test("the forms page shows each form's embed snippet and a live preview, and edits and deletes forms", async () => {
  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  const { createCampaign } = await api.request<any>(
    'mutation { createCampaign(input: { name: "Forms", status: ACTIVE }) { campaign { id } } }',
  );
  await api.request("mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }", {
    input: {
      campaignId: createCampaign.campaign.id,
      name: "Demo request",
      thankYouUrl: "https://www.acme.example/thanks",
      fields: [
        { name: "email", label: "Work email", type: "email", required: true },
        { name: "company", label: "Company" },
      ],
    },
  });

  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, "forms.png") });
  });
  await page.goto(`${fixture.server.url}/forms`);
  await page.getByLabel("Email").fill("manager@acme.example");
  await page.getByLabel("Password").fill("leadline-demo");
  await page.getByRole("button", { name: "Sign in" }).click();

  const form = page.getByRole("region", { name: "Form Demo request" });
  await form
    .getByLabel("Embed snippet")
    .getByText('<form class="leadline-form" method="post"', { exact: false })
    .waitFor();
  const preview = page.frameLocator('iframe[title="Preview of Demo request"]');
  await preview.getByLabel("Work email *").waitFor();

  // Edit: making Company required shows in the refreshed preview.
  await form.getByRole("button", { name: "Edit Demo request" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit form" });
  await dialog.getByLabel("company required").check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached" });
  await preview.getByLabel("Company *").waitFor();

  // Delete: the form leaves the page.
  await form.getByRole("button", { name: "Delete Demo request" }).click();
  await page
    .getByRole("dialog", { name: "Delete “Demo request”?" })
    .getByRole("button", { name: "Delete" })
    .click();
  await form.waitFor({ state: "detached" });
});

test("a manager sets capture up from the forms page: a new campaign, then a new form for it", async () => {
  const tag = randomUUID().slice(0, 6);
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, "forms-new.png") });
  });
  await page.goto(`${fixture.server.url}/forms`);
  await page.getByLabel("Email").fill("manager@acme.example");
  await page.getByLabel("Password").fill("leadline-demo");
  await page.getByRole("button", { name: "Sign in" }).click();

  const campaigns = page.getByRole("region", { name: "Campaigns" });
  await campaigns.getByRole("button", { name: "New campaign" }).click();
  const campaignDialog = page.getByRole("dialog", { name: "New campaign" });
  await campaignDialog.getByLabel("Name", { exact: true }).fill(`Spring fair ${tag}`);
  await campaignDialog.getByRole("button", { name: "Save" }).click();
  await campaignDialog.waitFor({ state: "detached" });
  await campaigns.getByRole("cell", { name: `Spring fair ${tag}`, exact: true }).waitFor();

  await page.getByRole("button", { name: "New form" }).click();
  const formDialog = page.getByRole("dialog", { name: "New form" });
  await formDialog.getByLabel("Name", { exact: true }).fill(`Fair sign-up ${tag}`);
  await chooseOption(page, formDialog.getByRole("combobox", { name: "Campaign" }), `Spring fair ${tag}`);
  // Saved without a thank-you page, the server names the missing field on its input.
  await formDialog.getByRole("button", { name: "Save" }).click();
  await formDialog.getByLabel("Thank-you page").and(page.locator("[aria-invalid=true]")).waitFor();
  await formDialog.getByLabel("Thank-you page").fill("https://www.acme.example/fair-thanks");
  await formDialog.getByRole("button", { name: "Save" }).click();
  await formDialog.waitFor({ state: "detached" });

  // The new form has the default inputs (last name and email required), its snippet and its preview.
  const form = page.getByRole("region", { name: `Form Fair sign-up ${tag}` });
  await form
    .getByLabel("Embed snippet")
    .getByText('<form class="leadline-form" method="post"', { exact: false })
    .waitFor();
  const preview = page.frameLocator(`iframe[title="Preview of Fair sign-up ${tag}"]`);
  await preview.getByLabel("Last name *").waitFor();
  await preview.getByLabel("Email *").waitFor();

  // Capture setup and its log are a manager's: a viewer's menu has neither (their queries would be refused).
  const viewer = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await viewer.goto(`${fixture.server.url}/leads`);
  await viewer.getByLabel("Email").fill("viewer@acme.example");
  await viewer.getByLabel("Password").fill("leadline-demo");
  await viewer.getByRole("button", { name: "Sign in" }).click();
  await viewer.getByRole("link", { name: "Duplicates" }).waitFor();
  expect(await viewer.getByRole("link", { name: "Forms" }).count()).toBe(0);
  expect(await viewer.getByRole("link", { name: "Capture log" }).count()).toBe(0);
  expect(await page.getByRole("link", { name: "Capture log" }).count()).toBe(1);
  await viewer.close();
});
