import { createHmac, randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { expect, test } from "vitest";
import { ApiClient } from "./support/api.js";
import { openSignedIn, chooseOption, signIn, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

/**
 * Signs the manager in on the forms page, and waits until every form shown (the demo has one) has its
 * snippet and preview: they arrive after the page and push the campaigns and webhook sources below
 * them down, under a click aimed at them.
 */
async function openFormsPage(page: Page) {
  await openSignedIn(page, `${fixture.server.url}/forms`, "manager@acme.example");
  await page.getByRole("region", { name: "Campaigns" }).waitFor();
  await page
    .getByLabel("Embed snippet")
    .filter({ hasText: "Loading…" })
    .first()
    .waitFor({ state: "detached" });
}

/**
 * Clicks a button of the forms page once it is scrolled into view and drawn there: a click made right
 * after scrolling past the form previews (frames of their own) can reach a preview instead.
 */
async function clickInView(button: Locator) {
  await button.scrollIntoViewIfNeeded();
  // Two frames (a string: this file's types have no DOM).
  await button
    .page()
    .evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
  await button.click();
}

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
  screenshotOnFailure(page, "capture-log");
  await openSignedIn(page, `${fixture.server.url}/capture`, "manager@acme.example");

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
  screenshotOnFailure(page, "forms");
  await openFormsPage(page);

  const form = page.getByRole("region", { name: "Form Demo request" });
  await form
    .getByLabel("Embed snippet")
    .getByText('<form class="leadline-form" method="post"', { exact: false })
    .waitFor();
  const preview = page.frameLocator('iframe[title="Preview of Demo request"]');
  await preview.getByLabel("Work email *").waitFor();

  // Edit: making Company required shows in the refreshed preview.
  await clickInView(form.getByRole("button", { name: "Edit Demo request" }));
  const dialog = page.getByRole("dialog", { name: "Edit form" });
  await dialog.getByLabel("company required").check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.waitFor({ state: "detached" });
  await preview.getByLabel("Company *").waitFor();

  // Delete: the form leaves the page.
  await clickInView(form.getByRole("button", { name: "Delete Demo request" }));
  await page
    .getByRole("dialog", { name: "Delete “Demo request”?" })
    .getByRole("button", { name: "Delete" })
    .click();
  await form.waitFor({ state: "detached" });
});

test("a manager sets capture up from the forms page: a new campaign, then a new form for it", async () => {
  const tag = randomUUID().slice(0, 6);
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  screenshotOnFailure(page, "forms-new");
  await openFormsPage(page);

  const campaigns = page.getByRole("region", { name: "Campaigns" });
  await clickInView(campaigns.getByRole("button", { name: "New campaign" }));
  const campaignDialog = page.getByRole("dialog", { name: "New campaign" });
  await campaignDialog.getByLabel("Name", { exact: true }).fill(`Spring fair ${tag}`);
  await campaignDialog.getByRole("button", { name: "Save" }).click();
  await campaignDialog.waitFor({ state: "detached" });
  await campaigns.getByRole("cell", { name: `Spring fair ${tag}`, exact: true }).waitFor();

  await clickInView(page.getByRole("button", { name: "New form" }));
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
  await signIn(viewer, "viewer@acme.example");
  await viewer.getByRole("link", { name: "Duplicates" }).waitFor();
  expect(await viewer.getByRole("link", { name: "Forms" }).count()).toBe(0);
  expect(await viewer.getByRole("link", { name: "Capture log" }).count()).toBe(0);
  expect(await page.getByRole("link", { name: "Capture log" }).count()).toBe(1);
  await viewer.close();
});

test("a manager creates a webhook source from the forms page and sees its secret once; a bad mapping is refused on its input", async () => {
  const tag = randomUUID().slice(0, 6);
  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  await api.request(
    `mutation { createCampaign(input: { name: "Hooks ${tag}", status: ACTIVE }) { campaign { id } } }`,
  );
  const sourcesNamed = async (name: string) => {
    const { webhookSources } = await api.request<{
      webhookSources: { edges: { node: { name: string; key: string } }[] };
    }>("{ webhookSources(first: 100) { edges { node { name key } } } }");
    return webhookSources.edges.map((edge) => edge.node).filter((source) => source.name === name);
  };

  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  screenshotOnFailure(page, "webhook-source-new");
  await openFormsPage(page);

  const sources = page.getByRole("region", { name: "Webhook sources" });
  await clickInView(sources.getByRole("button", { name: "New webhook source" }));
  const dialog = page.getByRole("dialog", { name: "New webhook source" });
  await dialog.getByLabel("Name", { exact: true }).fill(`Zapier ${tag}`);
  await chooseOption(page, dialog.getByRole("combobox", { name: "Campaign" }), `Hooks ${tag}`);
  const mapping = dialog.getByLabel("Field mapping (JSON)");
  expect(JSON.parse(await mapping.inputValue())).toMatchObject({ "contact.email": "email" });

  // A mapping to a capture field that does not exist: the server names the mapping, and nothing is created.
  await mapping.fill(JSON.stringify({ "contact.emial": "email" }));
  await dialog.getByRole("button", { name: "Save" }).click();
  await mapping.and(page.locator("[aria-invalid=true]")).waitFor();
  await dialog.getByText('"contact.emial" must be a capture field mapped to a dotted JSON path').waitFor();
  expect(await sourcesNamed(`Zapier ${tag}`)).toEqual([]);
  expect(await sources.getByRole("cell", { name: `Zapier ${tag}`, exact: true }).count()).toBe(0);

  await mapping.fill(JSON.stringify({ "contact.lastName": "last_name", "contact.email": "email" }));
  await dialog.getByRole("button", { name: "Save" }).click();
  const created = page.getByRole("dialog", { name: "Webhook source created" });
  const secret = await created.getByLabel("Secret").inputValue();
  const url = await created.getByLabel("Ingest URL").inputValue();
  const [source] = await sourcesNamed(`Zapier ${tag}`);
  expect(url).toBe(`${fixture.server.url}/v1/webhooks/${source!.key}`);

  // The secret and URL shown are the source's: a body signed with the secret brings a lead in.
  const body = JSON.stringify({ last_name: "Hook", email: `hook-${tag}@capture.example` });
  const posted = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    },
    body,
  });
  expect(posted.ok, await posted.text()).toBe(true);

  // Shown once: gone with its dialog, and not in the source's edit dialog.
  const secretOnPage = async () => {
    const inputs = await page.locator("input, textarea").all();
    const values = await Promise.all(inputs.map((input) => input.inputValue()));
    return [await page.locator("body").innerText(), ...values].some((text) => text.includes(secret));
  };
  expect(await secretOnPage()).toBe(true);
  await created.getByRole("button", { name: "Done" }).click();
  await created.waitFor({ state: "detached" });
  await sources.getByRole("cell", { name: `POST /v1/webhooks/${source!.key}`, exact: true }).waitFor();
  expect(await secretOnPage()).toBe(false);
  await clickInView(sources.getByRole("button", { name: `Edit Zapier ${tag}` }));
  const edit = page.getByRole("dialog", { name: "Edit webhook source" });
  await edit.waitFor();
  expect(await secretOnPage()).toBe(false);

  // Rotating asks once more, then shows the new secret once in the same dialog as a new source's: it
  // signs, the old one no longer does.
  await edit.getByRole("button", { name: "Rotate secret" }).click();
  await edit.getByRole("button", { name: "Keep the secret" }).click();
  await edit.getByRole("button", { name: "Rotate secret" }).click();
  await edit.getByRole("button", { name: "Rotate now" }).click();
  const rotated = page.getByRole("dialog", { name: "New signing secret" });
  const newSecret = await rotated.getByLabel("Secret").inputValue();
  expect(newSecret).not.toBe(secret);
  const postSigned = (key: string) => {
    const signed = JSON.stringify({ last_name: "Rotated", email: `rotated-${tag}@capture.example` });
    return fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-hub-signature-256": `sha256=${createHmac("sha256", key).update(signed).digest("hex")}`,
      },
      body: signed,
    });
  };
  expect((await postSigned(secret)).ok).toBe(false);
  const withNew = await postSigned(newSecret);
  expect(withNew.ok, await withNew.text()).toBe(true);
  await rotated.getByRole("button", { name: "Done" }).click();
  await rotated.waitFor({ state: "detached" });
  expect(await page.locator("body").innerText()).not.toContain(newSecret);
});
