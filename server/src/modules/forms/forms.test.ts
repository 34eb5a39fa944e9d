import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { CaptureEvent } from "../capture/capture-event.entity.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadForm } from "./form.entity.js";

const CREATE_FORM = `mutation($input: CreateFormInput!) { createForm(input: $input) { form { id embedPath campaignId honeypotField } } }`;
const THANKS = "https://www.acme.example/thanks";

let server: TestApp;
let tokens: Record<string, string>;
let campaignId: string;

async function createForm(input: Record<string, unknown> = {}, token = tokens.manager) {
  return graphql(
    server.url,
    CREATE_FORM,
    {
      input: {
        campaignId,
        name: "Contact us",
        thankYouUrl: THANKS,
        allowedOrigins: ["https://www.acme.example"],
        fields: [
          { name: "firstName", label: "First <b>name</b>" },
          { name: "lastName", label: "Last name", required: true },
          { name: "email", label: "Email", type: "email", required: true },
          { name: "message", label: "Message", type: "textarea" },
        ],
        ...input,
      },
    },
    token,
  );
}

async function embed(path: string) {
  const response = await fetch(`${server.url}${path}`);
  const html = await response.text();
  return {
    response,
    html,
    ts: /name="_ts" value="([^"]+)"/.exec(html)?.[1] ?? "",
    action: /action="([^"]+)"/.exec(html)![1]!,
  };
}

const submit = (action: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(action, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });

beforeAll(async () => {
  server = await startTestApp({ env: { CAPTURE_RATE_LIMIT_PER_IP: "100000" } });
  ({ tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER }));
  const created = await graphql(
    server.url,
    'mutation { createCampaign(input: { name: "Site", status: ACTIVE }) { campaign { id } } }',
    {},
    tokens.manager,
  );
  campaignId = created.data!.createCampaign.campaign.id;
});
afterAll(() => server.close());

describe("web forms", () => {
  it("are created by managers only, with checked fields", async () => {
    expect(errorCode(await createForm({}, tokens.rep))).toBe("FORBIDDEN");
    const bad = await createForm({ fields: [{ name: "password", label: "Password" }] });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fields.name" });
    const foreign = await createForm({}, tokens.globex);
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "campaignId" });
  });

  it("serve an embeddable plain HTML snippet with escaped labels, a honeypot and a signed time", async () => {
    const form = (await createForm()).data!.createForm.form;
    const { response, html, ts, action } = await embed(form.embedPath);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(html).toContain('method="post"');
    expect(html).toContain('enctype="application/x-www-form-urlencoded"');
    expect(html).toContain("First &lt;b&gt;name&lt;/b&gt;");
    expect(html).toContain(`name="${form.honeypotField}"`);
    expect(ts).toMatch(/^\d+\./);
    expect(action).toBe(`${server.url}/v1/forms/${form.id}/submit`);
  });

  it("turn a plain POST into a lead and send the visitor on with a 303", async () => {
    const form = (await createForm({ minFillSeconds: 0 })).data!.createForm.form;
    const { ts, action } = await embed(form.embedPath);
    const response = await submit(action, {
      firstName: "Zoë",
      lastName: "Ångström",
      email: "zoe@fjord.example",
      message: "<img src=x onerror=alert(1)>",
      consent: "true",
      _ts: ts,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(THANKS);
    const lead = await server.em().findOneOrFail(Lead, { email: "zoe@fjord.example" });
    expect(lead).toMatchObject({
      firstName: "Zoë",
      lastName: "Ångström",
      source: "web_form",
      campaign: "Site",
    });
    expect(lead.customFields).toMatchObject({ leadDetails: { message: "<img src=x onerror=alert(1)>" } });
    expect(lead.consent.given).toBe(true);

    const missing = await submit(action, { lastName: "X", _ts: ts });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: "VALIDATION_ERROR", field: "email" });
    const evil = await submit(
      action,
      { lastName: "X", email: "x@y.example", _ts: ts },
      { origin: "https://evil.example" },
    );
    expect(evil.status).toBe(403);
  });

  it("drop a filled honeypot, a too-fast post and a post without the served time quietly, and log why", async () => {
    const form = (await createForm()).data!.createForm.form;
    const { ts, action } = await embed(form.embedPath);
    const before = await server.em().count(Lead, {});
    const honeypot = await submit(action, {
      lastName: "Bot",
      email: "bot1@spam.example",
      [form.honeypotField]: "http://spam.example",
      _ts: `${Date.now() - 60_000}.forged`,
    });
    const tooFast = await submit(action, { lastName: "Bot", email: "bot2@spam.example", _ts: ts });
    const noTime = await submit(action, { lastName: "Bot", email: "bot3@spam.example" });
    for (const response of [honeypot, tooFast, noTime]) {
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(THANKS);
    }
    expect(await server.em().count(Lead, {})).toBe(before);
    const dropped = await server.em().find(CaptureEvent, { outcome: "DROPPED", sourceKey: form.id });
    expect(dropped.map((event) => event.reason).sort()).toEqual([
      "honeypot filled",
      "submitted too fast",
      "submitted too fast",
    ]);
  });
});

const UPDATE_FORM = `mutation($input: UpdateFormInput!) { updateForm(input: $input) { form { id name fields { name required } thankYouUrl honeypotField allowedOrigins campaignId } } }`;
const DELETE_FORM = `mutation($input: DeleteFormInput!) { deleteForm(input: $input) { id } }`;
const LIST_FORMS = `{ forms(first: 100) { totalCount edges { node { id } } } }`;

describe("form administration", () => {
  it("changes fields, required fields, thank-you URL, honeypot, origins and campaign; managers only, own organisation only", async () => {
    const form = (await createForm()).data!.createForm.form;
    const other = await graphql(
      server.url,
      'mutation { createCampaign(input: { name: "Other" }) { campaign { id } } }',
      {},
      tokens.manager,
    );
    const input = {
      id: form.id,
      campaignId: other.data!.createCampaign.campaign.id,
      fields: [
        { name: "email", label: "Email", type: "email", required: true },
        { name: "phone", label: "Phone", type: "tel", required: true },
      ],
      thankYouUrl: "https://www.acme.example/merci",
      honeypotField: "fax_number",
      minFillSeconds: 0,
      allowedOrigins: ["https://shop.acme.example/"],
    };
    expect(errorCode(await graphql(server.url, UPDATE_FORM, { input }, tokens.rep))).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, UPDATE_FORM, { input }, tokens.globex))).toBe("NOT_FOUND");

    const updated = await graphql(server.url, UPDATE_FORM, { input }, tokens.manager);
    expect(updated.data!.updateForm.form).toEqual({
      id: form.id,
      name: "Contact us",
      fields: [
        { name: "email", required: true },
        { name: "phone", required: true },
      ],
      thankYouUrl: "https://www.acme.example/merci",
      honeypotField: "fax_number",
      allowedOrigins: ["https://shop.acme.example"],
      campaignId: input.campaignId,
    });
    // The served form and its checks follow: the new required phone is enforced on submit.
    const { html, ts, action } = await embed(form.embedPath);
    expect(html).toContain('name="fax_number"');
    const missingPhone = await submit(action, { email: "p@acme.example", _ts: ts });
    expect(await missingPhone.json()).toMatchObject({ code: "REQUIRED", field: "phone" });
  });

  it("refuses a bad change whole: nothing of it is written", async () => {
    const form = (await createForm()).data!.createForm.form;
    const bad = await graphql(
      server.url,
      UPDATE_FORM,
      { input: { id: form.id, name: "Renamed", thankYouUrl: "javascript:alert(1)" } },
      tokens.manager,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "thankYouUrl" });
    const honeypot = await graphql(
      server.url,
      UPDATE_FORM,
      { input: { id: form.id, honeypotField: "email" } },
      tokens.manager,
    );
    expect(honeypot.errors![0]!.extensions).toMatchObject({ field: "honeypotField" });
    const stored = await server.em().findOneOrFail(LeadForm, { id: form.id });
    expect(stored).toMatchObject({ name: "Contact us", thankYouUrl: THANKS, honeypotField: "website_url" });
  });

  it("deletes a form: it leaves the list, its URLs answer 410 Gone, and its leads stay", async () => {
    const form = (await createForm({ minFillSeconds: 0 })).data!.createForm.form;
    const { ts, action } = await embed(form.embedPath);
    await submit(action, { lastName: "Kept", email: "kept@acme.example", _ts: ts });
    const before = (await graphql(server.url, LIST_FORMS, {}, tokens.manager)).data!.forms.totalCount;

    const input = { id: form.id };
    expect(errorCode(await graphql(server.url, DELETE_FORM, { input }, tokens.rep))).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, DELETE_FORM, { input }, tokens.globex))).toBe("NOT_FOUND");
    const deleted = await graphql(server.url, DELETE_FORM, { input }, tokens.manager);
    expect(deleted.data!.deleteForm).toEqual({ id: form.id });

    const list = (await graphql(server.url, LIST_FORMS, {}, tokens.manager)).data!.forms;
    expect(list.totalCount).toBe(before - 1);
    expect(list.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(form.id);
    const gone = await submit(action, { lastName: "Late", email: "late@acme.example", _ts: ts });
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ error: "GONE", code: "FORM_DELETED" });
    expect((await fetch(`${server.url}${form.embedPath}`)).status).toBe(410);
    expect(await server.em().count(Lead, { email: "kept@acme.example", deletedAt: null })).toBe(1);
    expect(errorCode(await graphql(server.url, DELETE_FORM, { input }, tokens.manager))).toBe("NOT_FOUND");
    expect(
      errorCode(await graphql(server.url, UPDATE_FORM, { input: { ...input, name: "X" } }, tokens.manager)),
    ).toBe("NOT_FOUND");
  });
});
