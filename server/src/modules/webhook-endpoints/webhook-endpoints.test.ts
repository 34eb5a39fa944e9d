import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, login } from "../../../test/graphql-client.js";
import { webhookDeliveryJob } from "./webhook-delivery.job.js";
import { Lead } from "../leads/lead.entity.js";
import { WebhookDelivery } from "./webhook-endpoint.entity.js";
import { verifySignature } from "./webhook-signature.js";
import { targetProblem } from "./webhook-target.js";

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; data: Record<string, any> };
}

/** A local receiver: records every request and answers with the next scripted status (200 when none is left). */
class Receiver {
  readonly received: Received[] = [];
  readonly statuses: number[] = [];
  private waiters: (() => void)[] = [];
  private server!: Server;
  url = "";

  async start() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        this.received.push({ headers: request.headers, body, json: JSON.parse(body) });
        response.writeHead(this.statuses.shift() ?? 200).end();
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Waits until a request matching `match` has arrived (polling the log, woken by each request). */
  async waitFor(match: (r: Received) => boolean, timeoutMs = 20_000): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching webhook; got ${this.received.map((r) => r.json.type)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const ENV = { WEBHOOKS_ALLOW_PRIVATE_TARGETS: "1", WEBHOOK_RETRY_BASE_SECONDS: "1", JOB_POLL_SECONDS: "0.5" };
const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url events active } } }`;
const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }`;
const UPDATE_LEAD = `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id status } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 50) { totalCount edges { node { id event eventId status attempts responseCode latencyMs lastError } } } }`;

let server: TestApp;
let tokens: Record<string, string>;
let receiver: Receiver;
let endpoint: { id: string; secret: string };

async function createEndpoint(url: string, events: string[], token = tokens.admin) {
  const response = await graphql(server.url, CREATE_ENDPOINT, { input: { url, events } }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return {
    id: response.data.createWebhookEndpoint.endpoint.id as string,
    secret: response.data.createWebhookEndpoint.secret as string,
  };
}

async function createLead(email: string, url = server.url, token = tokens.admin) {
  const response = await graphql(
    url,
    CREATE_LEAD,
    { input: { firstName: "Ada", lastName: "Lovelace", email } },
    token,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createLead.lead.id as string;
}

async function userIdOf(email: string): Promise<string> {
  const users = await graphql(
    server.url,
    `
      {
        users(first: 10) {
          edges {
            node {
              id
              email
            }
          }
        }
      }
    `,
    {},
    tokens.admin,
  );
  return users.data?.users.edges.find((e: any) => e.node.email === email).node.id;
}

/** A new lead the admin then moves to CONTACTED and gives to the manager, in one update. */
async function createContactedLead(email: string): Promise<{ leadId: string; ownerId: string }> {
  const leadId = await createLead(email);
  const ownerId = await userIdOf("manager@acme.test");
  const update = await graphql(
    server.url,
    UPDATE_LEAD,
    { input: { id: leadId, status: "CONTACTED", assignedToId: ownerId } },
    tokens.admin,
  );
  expect(update.errors).toBeUndefined();
  return { leadId, ownerId };
}

async function deliveryOf(eventId: string) {
  return server.em().findOneOrFail(WebhookDelivery, { eventId }, { orderBy: { createdAt: "asc" } });
}

async function waitForDelivery(
  eventId: string,
  done: (d: WebhookDelivery) => boolean,
): Promise<WebhookDelivery> {
  for (let i = 0; i < 60; i++) {
    const delivery = await deliveryOf(eventId);
    if (done(delivery)) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the delivery did not settle");
}

beforeAll(async () => {
  receiver = new Receiver();
  await receiver.start();
  server = await startTestApp({ env: ENV });
  ({ tokens } = await seedAcmeAndGlobex(server, { admin: "ADMIN", manager: "MANAGER" }));
  endpoint = await createEndpoint(receiver.url, [
    "LEAD_CREATED",
    "LEAD_UPDATED",
    "LEAD_STATUS_CHANGED",
    "LEAD_ASSIGNED",
    "LEAD_MERGED",
  ]);
});
afterAll(async () => {
  await server?.close();
  await receiver?.stop();
});

describe("outgoing webhooks", () => {
  it("refuse private and loopback targets unless the operator allows them", async () => {
    for (const url of [
      "http://127.0.0.1:8080/x",
      "http://localhost/x",
      "http://10.1.2.3/x",
      "http://169.254.169.254/latest",
      "http://[::1]/x",
    ])
      expect(await targetProblem(url, false), url).toMatch(/private or loopback/);
    expect(await targetProblem("ftp://example.com/x", false)).toMatch(/http/);
    expect(await targetProblem("http://127.0.0.1:8080/x", true)).toBeNull();
  });

  it("are managed by admins of the organisation only", async () => {
    const forbidden = await graphql(
      server.url,
      CREATE_ENDPOINT,
      { input: { url: receiver.url, events: ["LEAD_CREATED"] } },
      tokens.manager,
    );
    expect(errorCode(forbidden)).toBe("FORBIDDEN");
    const list = await graphql(
      server.url,
      `
        {
          webhookEndpoints(first: 10) {
            totalCount
          }
        }
      `,
      {},
      tokens.globex,
    );
    expect(list.data?.webhookEndpoints.totalCount).toBe(0);
    expect(errorCode(await graphql(server.url, DELIVERIES, { id: endpoint.id }, tokens.globex))).toBe(
      "NOT_FOUND",
    );
    const none = await graphql(
      server.url,
      CREATE_ENDPOINT,
      { input: { url: receiver.url, events: [] } },
      tokens.admin,
    );
    expect(none.errors?.[0]?.extensions?.field).toBe("events");
  });

  it("post a created lead, signed over timestamp and body, and record the delivery", async () => {
    const leadId = await createLead("signed@example.com");
    const hook = await receiver.waitFor(
      (r) => r.json.type === "lead.created" && r.json.data.lead.id === leadId,
    );
    const header = String(hook.headers["leadline-signature"]);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const now = Math.floor(Date.now() / 1000);
    expect(verifySignature(endpoint.secret, header, hook.body, now)).toBe(true);
    expect(verifySignature("another secret", header, hook.body, now)).toBe(false);
    expect(verifySignature(endpoint.secret, header, hook.body.replace("signed", "forged"), now)).toBe(false);
    expect(verifySignature(endpoint.secret, header, hook.body, now + 3600)).toBe(false); // a replay an hour later
    expect(hook.headers["leadline-event"]).toBe("lead.created");
    expect(hook.json.data.lead).toMatchObject({ email: "signed@example.com", firstName: "Ada" });
    const delivery = await waitForDelivery(hook.json.id, (d) => d.status !== "PENDING");
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 1, responseCode: 200 });
    expect(delivery.latencyMs).not.toBeNull();
  });

  it("announce a lead captured through the public API", async () => {
    const created = await graphql(
      server.url,
      `
        mutation {
          createCampaign(input: { name: "Fair", status: ACTIVE }) {
            campaign {
              id
              publicToken
            }
          }
        }
      `,
      {},
      tokens.manager,
    );
    const campaign = created.data?.createCampaign.campaign;
    const response = await fetch(`${server.url}/v1/api/leads`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-campaign-token": campaign.publicToken },
      body: JSON.stringify({
        campaign_id: campaign.id,
        contact: { lastName: "Captured", email: "captured@example.com" },
      }),
    });
    expect(response.status).toBe(201);
    const hook = await receiver.waitFor(
      (r) => r.json.type === "lead.created" && r.json.data.lead?.email === "captured@example.com",
    );
    expect(hook.json.data.lead.lastName).toBe("Captured");
  });

  it("send status changes and assignments as their own events", async () => {
    const { leadId, ownerId: manager } = await createContactedLead("moves@example.com");
    const changed = await receiver.waitFor(
      (r) => r.json.type === "lead.status_changed" && r.json.data.lead.id === leadId,
    );
    expect(changed.json.data).toMatchObject({ previousStatus: "NEW", lead: { status: "CONTACTED" } });
    const assigned = await receiver.waitFor(
      (r) => r.json.type === "lead.assigned" && r.json.data.leadId === leadId,
    );
    expect(assigned.json.data.assignedToId).toBe(manager);
    await receiver.waitFor((r) => r.json.type === "lead.updated" && r.json.data.lead.id === leadId);

    // A bulk assignment: one lead.assigned event per lead moved.
    const others = [await createLead("bulk1@example.com"), await createLead("bulk2@example.com")];
    const bulk = await graphql(
      server.url,
      `
        mutation ($input: BulkAssignLeadsInput!) {
          bulkAssignLeads(input: $input) {
            assigned
          }
        }
      `,
      { input: { leadIds: others, userId: manager, reason: "Trade fair follow-up" } },
      tokens.admin,
    );
    expect(bulk.data?.bulkAssignLeads.assigned).toBe(2);
    for (const id of others)
      await receiver.waitFor(
        (r) =>
          r.json.type === "lead.assigned" &&
          r.json.data.leadId === id &&
          r.json.data.assignedToId === manager,
      );
  });

  it("give each endpoint the events it subscribed to, one delivery per event and endpoint", async () => {
    const other = new Receiver();
    await other.start();
    const statusOnly = await createEndpoint(`${other.url}/status`, ["LEAD_STATUS_CHANGED"]);
    const assignments = await createEndpoint(`${other.url}/assignments`, ["LEAD_ASSIGNED", "LEAD_UPDATED"]);
    try {
      const { leadId } = await createContactedLead("fan-out@example.com");
      const rows = await sql<{ endpoint_id: string; event: string; event_id: string }>`
        select endpoint_id, event, event_id::text
        from webhook_delivery where endpoint_id in (${statusOnly.id}, ${assignments.id}, ${endpoint.id})
          and coalesce(payload->'data'->'lead'->>'id', payload->'data'->>'leadId') = ${leadId}
        order by endpoint_id, event`.execute(server.em().getKysely());
      const of = (id: string) => rows.rows.filter((row) => row.endpoint_id === id).map((row) => row.event);
      expect(of(statusOnly.id)).toEqual(["lead.status_changed"]);
      expect(of(assignments.id)).toEqual(["lead.assigned", "lead.updated"]);
      expect(of(endpoint.id)).toEqual([
        "lead.assigned",
        "lead.created",
        "lead.status_changed",
        "lead.updated",
      ]);
      // One event, several endpoints: the same event id, so receivers can tell a fan-out from a repeat.
      const statusEvents = rows.rows.filter((row) => row.event === "lead.status_changed");
      expect(new Set(statusEvents.map((row) => row.event_id)).size).toBe(1);
      await other.waitFor((r) => r.json.type === "lead.status_changed" && r.json.data.lead.id === leadId);
    } finally {
      for (const { id } of [statusOnly, assignments])
        await graphql(
          server.url,
          `
            mutation ($input: WebhookEndpointIdInput!) {
              deleteWebhookEndpoint(input: $input) {
                endpoint {
                  id
                }
              }
            }
          `,
          { input: { id } },
          tokens.admin,
        );
      await other.stop();
    }
  });

  it("announce a merge", async () => {
    const master = await createLead("master@example.com");
    const duplicate = await createLead("duplicate@example.com");
    const merged = await graphql(
      server.url,
      `
        mutation ($input: MergeLeadsInput!) {
          mergeLeads(input: $input) {
            merge {
              id
            }
          }
        }
      `,
      { input: { masterId: master, duplicateIds: [duplicate] } },
      tokens.admin,
    );
    expect(merged.errors).toBeUndefined();
    const hook = await receiver.waitFor(
      (r) => r.json.type === "lead.merged" && r.json.data.lead.id === master,
    );
    expect(hook.json.data.mergedLeadIds).toEqual([duplicate]);
  });

  it("announce score changes: a hand-set score one by one, a rescoring run after a rule change a hundred at a time", async () => {
    await createEndpoint(receiver.url, ["LEAD_SCORED"]);
    const leadId = await createLead("scored@rescore-hooks.example");
    const override = await graphql(
      server.url,
      `
        mutation ($input: OverrideLeadScoreInput!) {
          overrideLeadScore(input: $input) {
            lead {
              score
            }
          }
        }
      `,
      { input: { leadId, score: 97, reason: "Met them at the fair" } },
      tokens.manager,
    );
    expect(override.data?.overrideLeadScore.lead.score).toBe(97);
    const overridden = await receiver.waitFor(
      (r) => r.json.type === "lead.scored" && r.json.data.lead.id === leadId && r.json.data.lead.score === 97,
    );
    expect(overridden.json.data.previousScore).not.toBe(97);

    // A new rule rescores the organisation in the background: the other lead's score moves, and so do 150
    // leads written directly (as an import writes them), so the run announces 151 changes.
    const other = await createLead("other@rescore-hooks.example");
    const before = (await server.em().findOneOrFail(Lead, other)).score;
    const { organization } = await server.em().findOneOrFail(Lead, other, { populate: ["organization"] });
    await sql`insert into lead (id, organization_id, last_name, email)
      select gen_random_uuid(), ${organization.id}, 'Bulk', 'bulk' || i || '@rescore-hooks.example'
      from generate_series(1, 150) as i`.execute(server.em().getKysely());
    const rule = await graphql(
      server.url,
      `
        mutation ($input: CreateScoringRuleInput!) {
          createScoringRule(input: $input) {
            rule {
              id
            }
          }
        }
      `,
      {
        input: {
          name: "Rescore hooks domain",
          category: "CUSTOM",
          field: "email",
          operator: "CONTAINS",
          value: "rescore-hooks",
          points: 7,
        },
      },
      tokens.admin,
    );
    expect(rule.errors).toBeUndefined();
    const rescoredLeads = () =>
      receiver.received
        .filter((r) => r.json.type === "leads.rescored")
        .flatMap(
          (r) => r.json.data.leads as { lead: { id: string; score: number }; previousScore: number }[],
        );
    await receiver.waitFor(() => rescoredLeads().length >= 151);
    const events = receiver.received.filter((r) => r.json.type === "leads.rescored");
    expect(events.map((r) => r.json.data.leads.length).sort((a, b) => b - a)).toEqual([100, 51]);
    expect(new Set(events.map((r) => r.json.data.runId)).size).toBe(1);
    expect(events[0]!.json.data).toMatchObject({ reason: "RULES_CHANGED", runId: expect.any(String) });
    expect(new Set(rescoredLeads().map((change) => change.lead.id)).size).toBe(151);
    expect(rescoredLeads().find((change) => change.lead.id === other)).toMatchObject({
      previousScore: before,
      lead: { score: before + 7 },
    });
    // Not also one lead.scored each (and the hand-set score, unchanged by the rule, is not among them).
    expect(
      receiver.received.filter((r) => r.json.type === "lead.scored").map((r) => r.json.data.lead.id),
    ).toEqual([leadId]);
  });

  it("retry with backoff after the receiver fails", async () => {
    receiver.statuses.push(500);
    const leadId = await createLead("retry@example.com");
    const hook = await receiver.waitFor(
      (r) => r.json.type === "lead.created" && r.json.data.lead.id === leadId,
    );
    const delivery = await waitForDelivery(hook.json.id, (d) => d.status === "SUCCEEDED");
    expect(delivery.attempts).toBe(2);
    expect(receiver.received.filter((r) => r.json.id === hook.json.id)).toHaveLength(2);
  });

  it("mark a delivery FAILED once it has failed for 24 hours", async () => {
    const em = server.em();
    const eventId = uuidv7();
    const deliveryId = uuidv7();
    const org = await sql<{
      organization_id: string;
    }>`select organization_id from webhook_endpoint where id = ${endpoint.id}`.execute(em.getKysely());
    await em.transactional(async (tx) => {
      await sql`insert into webhook_delivery (id, organization_id, endpoint_id, event, event_id, payload, status, attempts, created_at)
        values (${deliveryId}, ${org.rows[0]!.organization_id}, ${endpoint.id}, 'lead.updated', ${eventId},
          ${JSON.stringify({ id: eventId, type: "lead.updated", data: {} })}::jsonb, 'PENDING', 0, now() - interval '25 hours')`.execute(
        tx.getKysely(),
      );
      await server.app.jobs.send(webhookDeliveryJob, { deliveryId }, { em: tx });
    });
    receiver.statuses.push(503);
    const failed = await waitForDelivery(eventId, (d) => d.status !== "PENDING");
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, responseCode: 503 });
  });

  it("redeliver an event with the same id, and test an endpoint on demand", async () => {
    const leadId = await createLead("again@example.com");
    const hook = await receiver.waitFor(
      (r) => r.json.type === "lead.created" && r.json.data.lead.id === leadId,
    );
    const first = await waitForDelivery(hook.json.id, (d) => d.status === "SUCCEEDED");
    const again = await graphql(
      server.url,
      `
        mutation ($id: ID!) {
          redeliverWebhook(input: { deliveryId: $id }) {
            delivery {
              id
              eventId
              status
            }
          }
        }
      `,
      { id: first.id },
      tokens.admin,
    );
    expect(again.data?.redeliverWebhook.delivery).toMatchObject({ eventId: hook.json.id, status: "PENDING" });
    await receiver.waitFor(
      (r) =>
        r.json.id === hook.json.id &&
        r.headers["leadline-delivery"] === again.data?.redeliverWebhook.delivery.id,
    );
    const test = await graphql(
      server.url,
      `
        mutation ($id: ID!) {
          testWebhookEndpoint(input: { id: $id }) {
            delivery {
              event
              status
              attempts
              responseCode
            }
          }
        }
      `,
      { id: endpoint.id },
      tokens.admin,
    );
    expect(test.data?.testWebhookEndpoint.delivery).toMatchObject({
      event: "WEBHOOK_TEST",
      status: "SUCCEEDED",
      attempts: 1,
      responseCode: 200,
    });
    const log = await graphql(server.url, DELIVERIES, { id: endpoint.id }, tokens.admin);
    expect(log.data?.webhookDeliveries.totalCount).toBeGreaterThan(3);
  });

  it("lose nothing when the instance that committed dies before delivering: another instance delivers", async () => {
    // An API-only instance (it works no jobs) commits the lead and its delivery job, then goes away.
    const first = await startTestApp({ env: { ...ENV, JOB_WORKERS: "0" }, database: server.database });
    const token = await login(first.url, "admin@acme.test");
    await server.app.jobs.stop(); // the main instance stops working jobs too: only the newcomer can deliver
    const leadId = await createLead("durable@example.com", first.url, token);
    await first.close();
    expect(receiver.received.some((r) => r.json.data.lead?.id === leadId)).toBe(false);
    const second = await startTestApp({ env: ENV, database: server.database });
    try {
      const hook = await receiver.waitFor(
        (r) => r.json.type === "lead.created" && r.json.data.lead?.id === leadId,
      );
      expect(
        verifySignature(
          endpoint.secret,
          String(hook.headers["leadline-signature"]),
          hook.body,
          Math.floor(Date.now() / 1000),
        ),
      ).toBe(true);
    } finally {
      await second.close();
    }
  });
});
