import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { REPO_ROOT } from "../../config.js";
import { Lead } from "../leads/lead.entity.js";

// Real vendor notifications (../shared/data beside the repository; see its README).
const sample = (name: string) =>
  readFileSync(join(REPO_ROOT, "..", "shared", "data", "webhook-samples", name));

let server: TestApp;
let tokens: Record<string, string>;
let source: { key: string };
let secret: string;
let campaignIdOf: string;

const sign = (body: Buffer | string, key = secret) =>
  `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;
const post = (body: Buffer | string, signature?: string) =>
  fetch(`${server.url}/v1/webhooks/${source.key}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature && { "x-hub-signature-256": signature }) },
    body,
  });

beforeAll(async () => {
  server = await startTestApp({ env: { CAPTURE_RATE_LIMIT_PER_IP: "100000" } });
  ({ tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER }));
  const campaign = await graphql(
    server.url,
    'mutation { createCampaign(input: { name: "Ads", status: ACTIVE }) { campaign { id } } }',
    {},
    tokens.manager,
  );
  campaignIdOf = campaign.data!.createCampaign.campaign.id;
  const created = await graphql(
    server.url,
    `
      mutation ($input: CreateWebhookSourceInput!) {
        createWebhookSource(input: $input) {
          secret
          source {
            key
            name
          }
        }
      }
    `,
    {
      input: {
        campaignId: campaign.data!.createCampaign.campaign.id,
        name: "Zapier",
        verifyToken: "meta-verify",
        fieldMapping: {
          "contact.email": "data.email",
          "contact.firstName": "data.name.first",
          "contact.lastName": "data.name.last",
          "lead_details.message": "data.note",
        },
      },
    },
    tokens.manager,
  );
  ({ source, secret } = created.data!.createWebhookSource);
});
afterAll(() => server.close());

describe("webhook ingest", () => {
  it("answers Meta's verification handshake only with the right verify token", async () => {
    const url = (token: string) =>
      `${server.url}/v1/webhooks/${source.key}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`;
    const ok = await fetch(url("meta-verify"));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    expect((await fetch(url("wrong"))).status).toBe(403);
    expect((await fetch(`${server.url}/v1/webhooks/nope?hub.mode=subscribe`)).status).toBe(404);
  });

  it("maps a signed JSON post to a lead through the source's field mapping", async () => {
    const body = JSON.stringify({
      data: { email: "Lin@Orbit.example", name: { first: "Lin", last: "Orbit" }, note: "hi" },
    });
    const response = await post(body, sign(body));
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { lead_id: string };
    const lead = await server.em().findOneOrFail(Lead, { id: answer.lead_id });
    expect(lead).toMatchObject({
      email: "lin@orbit.example",
      firstName: "Lin",
      lastName: "Orbit",
      source: "webhook",
    });
  });

  it("refuses a missing or wrong signature and a body that is not JSON", async () => {
    const body = JSON.stringify({ data: { email: "x@y.example" } });
    expect((await post(body)).status).toBe(401);
    expect((await post(body, sign(body, "another-secret"))).status).toBe(401);
    expect((await post(body, sign(`${body} `))).status).toBe(401);
    const broken = "{not json";
    const response = await post(broken, sign(broken));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "VALIDATION_ERROR", code: "MALFORMED_JSON" });
  });

  it("takes the sender's own signing secret (Meta signs with its app secret), checking its length", async () => {
    const create = (secretValue: string) =>
      graphql(
        server.url,
        `
          mutation ($input: CreateWebhookSourceInput!) {
            createWebhookSource(input: $input) {
              secret
            }
          }
        `,
        { input: { campaignId: campaignIdOf, name: "Meta", secret: secretValue } },
        tokens.manager,
      );
    const made = await create("meta-app-secret-0123456789");
    if (!made.data) throw new Error(JSON.stringify(made.errors));
    expect(made.data.createWebhookSource.secret).toBe("meta-app-secret-0123456789");
    expect((await create("short")).errors![0]!.extensions).toMatchObject({ field: "secret" });
  });

  it("stores Meta and LinkedIn id-only notifications as pending captures, shown in the capture log", async () => {
    const leads = await server.em().count(Lead, {});
    for (const name of ["facebook_leadgen_webhook_test.json", "linkedin_lead_notification.json"]) {
      const body = sample(name);
      const response = await post(body, sign(body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ success: true, pending: 1 });
    }
    expect(await server.em().count(Lead, {})).toBe(leads);
    const log = await graphql(
      server.url,
      "{ captureEvents(first: 10, outcome: [PENDING]) { totalCount edges { node { channel outcome sourceKey payload } } } }",
      {},
      tokens.manager,
    );
    const events = log.data!.captureEvents.edges.map((edge: any) => edge.node);
    expect(events).toHaveLength(2);
    expect(events).toContainEqual(
      expect.objectContaining({
        channel: "WEBHOOK",
        sourceKey: source.key,
        payload: expect.objectContaining({
          vendor: "META",
          leadgen_id: "444444444444",
          form_id: "444444444444",
        }),
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        payload: expect.objectContaining({
          vendor: "LINKEDIN",
          leadGenFormResponse: "urn:li:leadGenFormResponse:1a2b3c-4",
        }),
      }),
    );
    expect(
      errorCode(await graphql(server.url, "{ captureEvents(first: 5) { totalCount } }", {}, tokens.rep)),
    ).toBe("FORBIDDEN");
    const globex = await graphql(server.url, "{ captureEvents(first: 5) { totalCount } }", {}, tokens.globex);
    expect(globex.data!.captureEvents.totalCount).toBe(0);
  });
});

const UPDATE_SOURCE = `mutation ($input: UpdateWebhookSourceInput!) {
  updateWebhookSource(input: $input) { secret source { id name active fieldMapping verifyToken } }
}`;
const DELETE_SOURCE = `mutation ($input: DeleteWebhookSourceInput!) { deleteWebhookSource(input: $input) { id } }`;

describe("webhook source administration", () => {
  async function newSource() {
    const created = await graphql(
      server.url,
      `
        mutation ($input: CreateWebhookSourceInput!) {
          createWebhookSource(input: $input) {
            secret
            source {
              id
              key
            }
          }
        }
      `,
      { input: { campaignId: campaignIdOf, name: "Typeform", fieldMapping: { "contact.email": "email" } } },
      tokens.manager,
    );
    const { source: made, secret: madeSecret } = created.data!.createWebhookSource;
    const postTo = (body: string, key: string) =>
      fetch(`${server.url}/v1/webhooks/${made.key}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, key) },
        body,
      });
    return { id: made.id as string, secret: madeSecret as string, postTo };
  }

  it("changes name, mapping and verify token; managers only, own organisation only", async () => {
    const { id, secret: key, postTo } = await newSource();
    const input = {
      id,
      name: "Typeform v2",
      fieldMapping: { "contact.email": "answers.mail", "contact.lastName": "answers.last" },
      verifyToken: "v2",
    };
    expect(errorCode(await graphql(server.url, UPDATE_SOURCE, { input }, tokens.rep))).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, UPDATE_SOURCE, { input }, tokens.globex))).toBe("NOT_FOUND");
    const updated = await graphql(server.url, UPDATE_SOURCE, { input }, tokens.manager);
    expect(updated.data!.updateWebhookSource).toEqual({
      secret: null,
      source: { id, name: "Typeform v2", active: true, fieldMapping: input.fieldMapping, verifyToken: "v2" },
    });
    const bad = await graphql(
      server.url,
      UPDATE_SOURCE,
      { input: { id, name: "Renamed", fieldMapping: { password: "x" } } },
      tokens.manager,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fieldMapping" });
    // The new mapping is the one applied.
    const body = JSON.stringify({ answers: { mail: "mapped@v2.example", last: "Two" } });
    const response = await postTo(body, key);
    expect(response.status).toBe(201);
    const lead = await server.em().findOneOrFail(Lead, { email: "mapped@v2.example" });
    expect(lead.lastName).toBe("Two");
  });

  it("rotates the secret: the new one is shown once and the old one stops working", async () => {
    const { id, secret: oldKey, postTo } = await newSource();
    const rotated = await graphql(
      server.url,
      UPDATE_SOURCE,
      { input: { id, rotateSecret: true } },
      tokens.manager,
    );
    const newKey = rotated.data!.updateWebhookSource.secret as string;
    expect(newKey).toMatch(/^[\w-]{40,}$/);
    expect(newKey).not.toBe(oldKey);
    const body = JSON.stringify({ email: "rotated@v2.example" });
    expect((await postTo(body, oldKey)).status).toBe(401);
    expect((await postTo(body, newKey)).status).toBe(201);
    const own = await graphql(
      server.url,
      UPDATE_SOURCE,
      { input: { id, secret: "the-senders-new-app-secret" } },
      tokens.manager,
    );
    expect(own.data!.updateWebhookSource.secret).toBeNull();
    const again = JSON.stringify({ email: "own-secret@v2.example" });
    expect((await postTo(again, "the-senders-new-app-secret")).status).toBe(201);
  });

  it("refuses posts to an inactive source (403) until reactivated, and to a deleted one (410)", async () => {
    const { id, secret: key, postTo } = await newSource();
    await graphql(server.url, UPDATE_SOURCE, { input: { id, active: false } }, tokens.manager);
    const body = JSON.stringify({ email: "paused@v2.example" });
    const paused = await postTo(body, key);
    expect(paused.status).toBe(403);
    expect(await paused.json()).toMatchObject({ error: "UNAUTHORIZED", code: "SOURCE_INACTIVE" });
    await graphql(server.url, UPDATE_SOURCE, { input: { id, active: true } }, tokens.manager);
    expect((await postTo(body, key)).status).toBe(201);

    const input = { id };
    expect(errorCode(await graphql(server.url, DELETE_SOURCE, { input }, tokens.rep))).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, DELETE_SOURCE, { input }, tokens.globex))).toBe("NOT_FOUND");
    expect((await graphql(server.url, DELETE_SOURCE, { input }, tokens.manager)).data).toEqual({
      deleteWebhookSource: { id },
    });
    const gone = await postTo(JSON.stringify({ email: "late@v2.example" }), key);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ error: "GONE", code: "SOURCE_DELETED" });
    const list = await graphql(
      server.url,
      "{ webhookSources(first: 100) { edges { node { id } } } }",
      {},
      tokens.manager,
    );
    expect(list.data!.webhookSources.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    expect(await server.em().count(Lead, { email: "paused@v2.example" })).toBe(1);
    expect(
      errorCode(await graphql(server.url, UPDATE_SOURCE, { input: { id, active: true } }, tokens.manager)),
    ).toBe("NOT_FOUND");
  });
});
