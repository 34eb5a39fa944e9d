import { Role } from "@leadline/shared";
import { Redis } from "ioredis";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { ScoringCategory, ScoringOperator } from "@leadline/shared";
import { LeadBuilder } from "../leads/lead-creation.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadScore } from "../scoring/lead-score.entity.js";
import { ScoringRule } from "../scoring/scoring-rule.entity.js";
import { LeadAssignment } from "../routing/routing.entities.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { CaptureEvent } from "./capture-event.entity.js";
import { parseCapturePayload } from "./capture-payload.js";
import { CaptureChannel } from "./capture.enums.js";
import { captureBatch } from "./capture.service.js";

const CREATE_CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
  campaign { id name publicToken status allowedOrigins } } }`;
const ORIGIN = "https://www.acme.example";

let server: TestApp;
let tokens: Record<string, string>;
let acme: SeededOrg;
let campaign: { id: string; publicToken: string };
let globexCampaign: { id: string; publicToken: string };

async function createCampaign(token: string, input: Record<string, unknown> = {}) {
  const response = await graphql(
    server.url,
    CREATE_CAMPAIGN,
    { input: { name: "Spring webinar", status: "ACTIVE", allowedOrigins: [ORIGIN], budget: 1000, ...input } },
    token,
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createCampaign.campaign;
}

/** Creates an assignment rule as the manager; returns its id. */
async function createAssignmentRule(input: Record<string, unknown>): Promise<string> {
  const created = await graphql(
    server.url,
    "mutation ($input: CreateAssignmentRuleInput!) { createAssignmentRule(input: $input) { rule { id } } }",
    { input },
    tokens.manager,
  );
  return created.data!.createAssignmentRule.rule.id;
}

/** How many of these assignments each rep got, in the order of their first. */
function leadsPerRep(history: readonly LeadAssignment[]): number[] {
  const perRep = new Map<string, number>();
  for (const row of history) perRep.set(row.toUser!.id, (perRep.get(row.toUser!.id) ?? 0) + 1);
  return [...perRep.values()];
}

function payload(overrides: Record<string, unknown> = {}, contact: Record<string, unknown> = {}) {
  return {
    campaign_id: campaign.id,
    source: "website",
    contact: {
      firstName: "Ada",
      lastName: "Lovelace",
      email: `ada.${Math.random()}@engines.example`,
      ...contact,
    },
    lead_details: {
      service_interest: "consulting",
      urgency: "high",
      message: "Call me",
      budget_range: "10k-50k",
    },
    tracking: { visitor_id: "v-1", utm_source: "google", utm_medium: "cpc", utm_content: "banner-a" },
    form_metadata: { form_type: "contact", form_version: "2", consent_given: true },
    ...overrides,
  };
}

async function post(body: unknown, headers: Record<string, string> = {}, url = server.url) {
  const response = await fetch(`${url}/v1/api/leads`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-campaign-token": campaign.publicToken, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { unparsable: text };
  }
  return { status: response.status, headers: response.headers, body: json };
}

/** Runs `test` with an extra active scoring rule of Acme (written directly: no rescoring job). */
async function withRule(
  rule: { name: string; field: string; operator: ScoringOperator; value: unknown; points: number },
  test: () => Promise<void>,
) {
  const em = server.em();
  const stored = em.create(ScoringRule, {
    organization: acme.organization.id,
    category: ScoringCategory.CUSTOM,
    ...rule,
  } as never);
  await em.flush();
  try {
    await test();
  } finally {
    await em.nativeDelete(ScoringRule, { id: (stored as ScoringRule).id });
  }
}

beforeAll(async () => {
  server = await startTestApp({
    env: { CAPTURE_RATE_LIMIT_PER_IP: "1000000", CAPTURE_RATE_LIMIT_PER_CAMPAIGN: "1000000" },
  });
  ({ tokens, acme } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER }));
  campaign = await createCampaign(tokens.manager!);
  globexCampaign = await createCampaign(tokens.globex!, { name: "Globex fair" });
});
afterAll(() => server.close());

describe("POST /v1/api/leads", () => {
  it("creates a scored, enriched lead of the token's campaign and answers 201 in the documented shape", async () => {
    const response = await post(payload({}, { email: "kim@nordwind-solar.de", phone: "+49 30 901820" }), {
      origin: ORIGIN,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.body).toEqual({
      success: true,
      lead_id: expect.any(String),
      message: expect.any(String),
      next_steps: {
        expected_response_time: "within 1 hour",
        contact_method: "phone",
        tracking_enabled: true,
      },
    });
    const lead = await server
      .em()
      .findOneOrFail(Lead, { id: response.body.lead_id }, { populate: ["scoreBreakdown"] });
    expect(lead).toMatchObject({
      email: "kim@nordwind-solar.de",
      phone: "+4930901820",
      campaign: "Spring webinar",
      source: "website",
      utmSource: "google",
      utmContent: "banner-a",
      formSubmissions: 1,
      enrichmentStatus: "ENRICHED",
      customFields: {
        leadDetails: {
          service_interest: "consulting",
          urgency: "high",
          message: "Call me",
          budget_range: "10k-50k",
        },
        tracking: { visitor_id: "v-1" },
        formMetadata: { form_type: "contact", form_version: "2" },
      },
    });
    expect(lead.consent.given).toBe(true);
    expect(lead.sourceCampaign?.id).toBe(campaign.id);
    expect(lead.score).toBeGreaterThan(0); // scored by the organisation's rules (business email, phone, ...)
  });

  it("keeps HTML and script in the message as plain text, and Cyrillic and accented names as written", async () => {
    const message = `<script>alert("x")</script><b>bold</b> & "quotes"`;
    const response = await post(
      payload({ lead_details: { message } }, { firstName: "Владимир", lastName: "Müller-Lüdenscheidt" }),
    );
    expect(response.status).toBe(201);
    const lead = await server.em().findOneOrFail(Lead, { id: response.body.lead_id });
    expect(lead.firstName).toBe("Владимир");
    expect(lead.lastName).toBe("Müller-Lüdenscheidt");
    expect((lead.customFields.leadDetails as Record<string, string>).message).toBe(message);
  });

  it("answers every kind of bad input with its documented error, never a 500, and creates nothing", async () => {
    const before = await server.em().count(Lead, {});
    const cases: [
      string,
      () => Promise<{ status: number; body: any }>,
      number,
      string,
      string,
      string | null,
    ][] = [
      [
        "malformed JSON",
        () => post('{"campaign_id": "x", "contact": {'),
        400,
        "VALIDATION_ERROR",
        "MALFORMED_JSON",
        "body",
      ],
      [
        "wrong content type",
        () => post("campaign_id=x", { "content-type": "application/x-www-form-urlencoded" }),
        415,
        "VALIDATION_ERROR",
        "UNSUPPORTED_CONTENT_TYPE",
        "Content-Type",
      ],
      [
        "a 2 MB body",
        () => post(payload({ padding: "x".repeat(2 * 1024 * 1024) })),
        413,
        "PAYLOAD_TOO_LARGE",
        "PAYLOAD_TOO_LARGE",
        null,
      ],
      ["a JSON array", () => post([1, 2]), 400, "VALIDATION_ERROR", "INVALID_BODY", "body"],
      [
        "missing contact",
        () => post(payload({ contact: undefined })),
        400,
        "VALIDATION_ERROR",
        "REQUIRED",
        "contact",
      ],
      [
        "missing campaign_id",
        () => post(payload({ campaign_id: undefined })),
        400,
        "VALIDATION_ERROR",
        "REQUIRED",
        "campaign_id",
      ],
      [
        "no email and no phone",
        () => post(payload({}, { email: null })),
        400,
        "VALIDATION_ERROR",
        "REQUIRED",
        "contact.email",
      ],
      [
        "a number for email",
        () => post(payload({}, { email: 42 })),
        400,
        "VALIDATION_ERROR",
        "INVALID_FIELD",
        "contact.email",
      ],
      [
        "a bad email",
        () => post(payload({}, { email: "ada@" })),
        400,
        "VALIDATION_ERROR",
        "INVALID_FIELD",
        "contact.email",
      ],
      [
        "a bad phone",
        () => post(payload({}, { phone: "12" })),
        400,
        "VALIDATION_ERROR",
        "INVALID_FIELD",
        "contact.phone",
      ],
      [
        "a too long name",
        () => post(payload({}, { lastName: "x".repeat(101) })),
        400,
        "VALIDATION_ERROR",
        "INVALID_FIELD",
        "contact.lastName",
      ],
      [
        "consent not a boolean",
        () => post(payload({ form_metadata: { consent_given: "yes" } })),
        400,
        "VALIDATION_ERROR",
        "INVALID_FIELD",
        "form_metadata.consent_given",
      ],
      [
        "a wrong token",
        () => post(payload(), { "x-campaign-token": "llc_wrong" }),
        401,
        "UNAUTHORIZED",
        "INVALID_TOKEN",
        null,
      ],
      [
        "no token",
        () => post(payload(), { "x-campaign-token": "" }),
        401,
        "UNAUTHORIZED",
        "INVALID_TOKEN",
        null,
      ],
      [
        "another campaign's token",
        () => post(payload(), { "x-campaign-token": globexCampaign.publicToken }),
        401,
        "UNAUTHORIZED",
        "TOKEN_CAMPAIGN_MISMATCH",
        null,
      ],
      [
        "a disallowed origin",
        () => post(payload(), { origin: "https://evil.example" }),
        403,
        "UNAUTHORIZED",
        "ORIGIN_NOT_ALLOWED",
        null,
      ],
      [
        "an overlong Idempotency-Key",
        () => post(payload(), { "idempotency-key": "k".repeat(300) }),
        400,
        "VALIDATION_ERROR",
        "INVALID_IDEMPOTENCY_KEY",
        "Idempotency-Key",
      ],
    ];
    for (const [name, send, status, error, code, field] of cases) {
      const response = await send();
      expect({ name, status: response.status, body: response.body }).toMatchObject({
        name,
        status,
        body: { success: false, error, code, field, message: expect.any(String) },
      });
    }
    expect(await server.em().count(Lead, {})).toBe(before);
    const rejected = await server.em().count(CaptureEvent, { outcome: "REJECTED", campaign: campaign.id });
    expect(rejected).toBeGreaterThanOrEqual(10);
  });

  it("answers a CORS preflight", async () => {
    const response = await fetch(`${server.url}/v1/api/leads`, {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/X-Campaign-Token/);
  });
});

describe("Idempotency-Key and duplicate submissions", () => {
  it("answers a retry with the first answer and creates nothing new", async () => {
    const body = payload();
    const first = await post(body, { "idempotency-key": "retry-1" });
    const again = await post(body, { "idempotency-key": "retry-1" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await server.em().count(Lead, { email: body.contact.email })).toBe(1);

    const other = await post(payload(), { "idempotency-key": "retry-1" });
    expect(other).toMatchObject({ status: 422, body: { code: "IDEMPOTENCY_KEY_REUSED" } });
  });

  it("gives concurrent retries with one key one lead", async () => {
    const body = payload();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(body, { "idempotency-key": "burst" })),
    );
    expect(new Set(answers.map((a) => a.body.lead_id)).size).toBe(1);
    expect(answers.every((a) => a.status === 201)).toBe(true);
    expect(await server.em().count(Lead, { email: body.contact.email })).toBe(1);
  });

  it("counts the same email for the same campaign within 24 hours as another submission of the same lead", async () => {
    const body = payload();
    const first = await post(body);
    const second = await post({
      ...body,
      contact: { ...body.contact, email: body.contact.email.toUpperCase() },
    });
    expect(second).toMatchObject({
      status: 409,
      body: {
        success: false,
        error: "DUPLICATE_SUBMISSION",
        field: "contact.email",
        lead_id: first.body.lead_id,
      },
    });
    const lead = await server.em().findOneOrFail(Lead, { id: first.body.lead_id });
    expect(lead.formSubmissions).toBe(2);
    expect(await server.em().count(Lead, { email: body.contact.email })).toBe(1);
    // Another campaign of the organisation is another submission: a lead of its own.
    const other = await createCampaign(tokens.manager!, { name: "Autumn fair" });
    const elsewhere = await post(
      { ...body, campaign_id: other.id },
      { "x-campaign-token": other.publicToken },
    );
    expect(elsewhere.status).toBe(201);
  });

  it("takes 2,000 concurrent submissions as exactly 2,000 leads", async () => {
    const bulk = await createCampaign(tokens.manager!, { name: "Load" });
    const answers = await Promise.all(
      Array.from({ length: 2000 }, (_, i) =>
        post(
          { ...payload({}, { email: `load${i}@bulk.example` }), campaign_id: bulk.id },
          { "x-campaign-token": bulk.publicToken },
        ),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(2000);
    expect(new Set(answers.map((a) => a.body.lead_id)).size).toBe(2000);
    expect(await server.em().count(Lead, { sourceCampaign: bulk.id })).toBe(2000);
  }, 600_000);
});

describe("GET /v1/api/leads/{id}/status", () => {
  it("tells the token's campaign about its own leads only", async () => {
    const created = await post(payload());
    const status = (id: string, token = campaign.publicToken) =>
      fetch(`${server.url}/v1/api/leads/${id}/status`, { headers: { "x-campaign-token": token } }).then(
        async (r) => ({
          status: r.status,
          body: await r.json(),
        }),
      );
    expect(await status(created.body.lead_id)).toEqual({
      status: 200,
      body: {
        success: true,
        lead_id: created.body.lead_id,
        status: "NEW",
        last_updated: expect.any(String),
        assigned_to: null,
        next_action: expect.any(String),
      },
    });
    expect(await status(created.body.lead_id, globexCampaign.publicToken)).toMatchObject({
      status: 404,
      body: { success: false, error: "NOT_FOUND" },
    });
    expect((await status("not-a-uuid")).status).toBe(404);
    expect((await status(created.body.lead_id, "llc_nope")).status).toBe(401);
  });
});

describe("GET /v1/api/campaigns/{id}/analytics", () => {
  it("gives managers of the organisation the seed's analytics shape, and nobody else", async () => {
    const get = (token?: string, id = campaign.id) =>
      fetch(`${server.url}/v1/api/campaigns/${id}/analytics`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const response = await get(tokens.manager);
    expect(response.status).toBe(200);
    const analytics = response.body.analytics;
    expect(analytics).toMatchObject({
      campaign_id: campaign.id,
      total_leads: expect.any(Number),
      qualified_leads: 0,
      conversion_rate: 0,
      average_score: expect.any(Number),
      leads_by_source: { website: analytics.total_leads },
      top_utm_content: [{ utm_content: "banner-a", count: expect.any(Number) }],
    });
    expect(analytics.cost_per_lead).toBeCloseTo(1000 / analytics.total_leads, 2);
    expect((await get(tokens.rep)).status).toBe(403);
    expect((await get(tokens.globex)).status).toBe(404);
    expect((await get(undefined)).status).toBe(401);
  });
});

describe("campaign administration (GraphQL)", () => {
  it("is for managers and admins of the organisation, validates origins, and rotates tokens with a grace period", async () => {
    const refused = await graphql(server.url, CREATE_CAMPAIGN, { input: { name: "Mine" } }, tokens.rep);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    const bad = await graphql(
      server.url,
      CREATE_CAMPAIGN,
      { input: { name: "Bad", allowedOrigins: ["https://ok.example/path"] } },
      tokens.manager,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "allowedOrigins" });
    const list = await graphql(
      server.url,
      "{ campaigns(first: 100) { totalCount edges { node { id } } } }",
      {},
      tokens.globex,
    );
    expect(list.data!.campaigns.edges.map((e: any) => e.node.id)).not.toContain(campaign.id);

    const rotated = await createCampaign(tokens.manager!, { name: "Rotating" });
    const rotate = `mutation($input: RotateCampaignTokenInput!) { rotateCampaignToken(input: $input) { campaign { publicToken previousTokenExpiresAt } } }`;
    const graced = await graphql(server.url, rotate, { input: { id: rotated.id } }, tokens.manager);
    const newToken = graced.data!.rotateCampaignToken.campaign.publicToken;
    expect(newToken).not.toBe(rotated.publicToken);
    const send = (token: string) =>
      post({ ...payload(), campaign_id: rotated.id }, { "x-campaign-token": token });
    expect((await send(rotated.publicToken)).status).toBe(201);
    expect((await send(newToken)).status).toBe(201);
    await graphql(server.url, rotate, { input: { id: rotated.id, gracePeriodHours: 0 } }, tokens.manager);
    expect((await send(newToken)).status).toBe(401);
    expect(errorCode(await graphql(server.url, rotate, { input: { id: rotated.id } }, tokens.globex))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("rate limits", () => {
  /** An active campaign of a fresh Acme on `app` (an app of its own, with the limits under test). */
  async function activeCampaign(app: TestApp, name: string) {
    const { tokens: t } = await seedAcmeAndGlobex(app, { manager: Role.MANAGER });
    const response = await graphql(
      app.url,
      CREATE_CAMPAIGN,
      { input: { name, status: "ACTIVE" } },
      t.manager,
    );
    return response.data!.createCampaign.campaign;
  }

  it("answers 429 with Retry-After past the per-IP and per-campaign limits", async () => {
    const limited = await startTestApp({
      env: { CAPTURE_RATE_LIMIT_PER_IP: "5", CAPTURE_RATE_LIMIT_PER_CAMPAIGN: "2" },
    });
    try {
      const c = await activeCampaign(limited, "Limited");
      const send = () =>
        post({ ...payload(), campaign_id: c.id }, { "x-campaign-token": c.publicToken }, limited.url);
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(201);
      const campaignLimited = await send();
      expect(campaignLimited).toMatchObject({
        status: 429,
        body: { error: "RATE_LIMITED", code: "CAMPAIGN_RATE_LIMIT" },
      });
      expect(Number(campaignLimited.headers.get("retry-after"))).toBeGreaterThan(0);
      await send();
      await send();
      const ipLimited = await send();
      expect(ipLimited).toMatchObject({
        status: 429,
        body: { error: "RATE_LIMITED", code: "IP_RATE_LIMIT" },
      });
      expect(Number(ipLimited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(ipLimited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    } finally {
      await limited.close();
    }
  });

  it("counts a burst against the campaign's limit exactly: leads within it are stored, the rest refused and logged", async () => {
    const limited = await startTestApp({ env: { CAPTURE_RATE_LIMIT_PER_CAMPAIGN: "3" } });
    try {
      const c = await activeCampaign(limited, "Burst");
      // Sent at once, so that the intake takes most of them in one batch and counts them together.
      const answers = await Promise.all(
        Array.from({ length: 8 }, () =>
          post({ ...payload(), campaign_id: c.id }, { "x-campaign-token": c.publicToken }, limited.url),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
      expect(answers.filter((answer) => answer.status === 429).map((answer) => answer.body.code)).toEqual(
        Array(5).fill("CAMPAIGN_RATE_LIMIT"),
      );
      expect(await limited.em().count(Lead, { sourceCampaign: c.id })).toBe(3);
      expect(await limited.em().count(CaptureEvent, { outcome: "REJECTED", campaign: c.id })).toBe(5);
    } finally {
      await limited.close();
    }
  });
});

describe("rate limits shared by several instances", () => {
  for (const store of ["PostgreSQL", "Redis"] as const) {
    it(`count one IP's requests across two instances (${store})`, async () => {
      const env = { CAPTURE_RATE_LIMIT_PER_IP: "3" };
      const redisUrl = store === "Redis" ? inject("redisUrl") : undefined;
      if (redisUrl) {
        // The test Redis outlives test databases: start this IP's count from zero.
        const redis = new Redis(redisUrl);
        await redis.del("capture_ip:127.0.0.1", "capture_ip:::ffff:127.0.0.1");
        redis.disconnect();
      }
      const first = await startTestApp({ env, redisUrl });
      const second = await startTestApp({ env, redisUrl, database: first.database });
      try {
        const probe = (app: TestApp) =>
          fetch(`${app.url}/v1/api/leads/00000000-0000-0000-0000-000000000000/status`, {
            headers: { "x-campaign-token": "llc_unknown" },
          }).then((r) => r.status);
        const statuses = [await probe(first), await probe(second), await probe(first), await probe(second)];
        expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
        expect(statuses[3]).toBe(429);
      } finally {
        await second.close();
        await first.close();
      }
    });
  }
});

describe("batched intake (submissions arriving together commit together)", () => {
  it("answers each submission of a burst on its own: one that the database refuses fails alone", async () => {
    const burst = await createCampaign(tokens.manager!, { name: "Burst" });
    const db = server.em().getKysely();
    await sql`create function refuse_test_lead() returns trigger language plpgsql as $$
      begin if new.email = 'refused@burst.example' then raise exception 'refused by the test'; end if;
      return new; end $$`.execute(db);
    await sql`create trigger refuse_test_lead before insert on lead for each row
      execute function refuse_test_lead()`.execute(db);
    try {
      const emails = Array.from({ length: 40 }, (_, i) =>
        i === 17 ? "refused@burst.example" : `burst${i}@burst.example`,
      );
      const answers = await Promise.all(
        emails.map((email) =>
          post(
            { ...payload({}, { email }), campaign_id: burst.id },
            { "x-campaign-token": burst.publicToken },
          ),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(emails.map((_, i) => (i === 17 ? 500 : 201)));
      expect(answers[17]!.body).toMatchObject({ success: false, error: "INTERNAL_ERROR" });
      const stored = await server.em().find(Lead, { sourceCampaign: burst.id });
      expect(stored.map((lead) => lead.email).sort()).toEqual(emails.filter((_, i) => i !== 17).sort());
      expect(await server.em().count(CaptureEvent, { campaign: burst.id, outcome: "ACCEPTED" })).toBe(39);
    } finally {
      await sql`drop trigger refuse_test_lead on lead`.execute(db);
      await sql`drop function refuse_test_lead()`.execute(db);
    }
  });

  it("counts a burst's repeats of one email as submissions of one lead, scored with all of them", async () => {
    const cameBack = {
      name: "Came back",
      field: "formSubmissions",
      operator: ScoringOperator.GREATER_THAN,
      value: 3,
      points: 7,
    };
    await withRule(cameBack, async () => {
      const repeated = await createCampaign(tokens.manager!, { name: "Repeats" });
      const body = { ...payload({}, { email: "again@repeat.example" }), campaign_id: repeated.id };
      // Four in one batch (the lead is created with all four counted), then six more over HTTP
      // (repeats of the stored lead, however the intake batches them).
      const em = server.em();
      const stored = await em.findOneOrFail(Campaign, repeated.id, {
        populate: ["organization", "autoAssignTo"],
      });
      const captured = parseCapturePayload(body, stored.name);
      const batch = await captureBatch(
        em,
        server.app,
        Array.from({ length: 4 }, () => ({
          campaign: stored,
          captured,
          options: { channel: CaptureChannel.API },
        })),
      );
      expect(batch.map((result) => ("status" in result ? result.status : result))).toEqual([
        201, 409, 409, 409,
      ]);
      const afterBatch = await server.em().findOneOrFail(Lead, { sourceCampaign: repeated.id });
      expect(afterBatch.formSubmissions).toBe(4);
      // Scored with the four counted: the rule needs more than three.
      expect(afterBatch.scoreBreakdown.map((entry) => entry.name)).toContain("Came back");
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => post(body, { "x-campaign-token": repeated.publicToken })),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(6).fill(409));
      const leadIds = new Set(
        [...batch, ...answers.map((a) => a.body)].map((a) => ("leadId" in a ? a.leadId : a.lead_id)),
      );
      expect(leadIds.size).toBe(1);
      const lead = await server.em().findOneOrFail(Lead, { sourceCampaign: repeated.id });
      expect(lead.id).toBe([...leadIds][0]);
      expect(lead.formSubmissions).toBe(10);
      expect(lead.scoreBreakdown.map((entry) => entry.name)).toContain("Came back");
      const outcomes = await server.em().find(CaptureEvent, { campaign: repeated.id });
      expect(outcomes.map((e) => e.outcome).sort()).toEqual(["ACCEPTED", ...Array(9).fill("DUPLICATE")]);
      expect(outcomes.every((e) => e.lead?.id === lead.id)).toBe(true);
    });
  });

  it("writes a captured lead as the entity path builds the same lead: score, breakdown, enrichment, SLA, history", async () => {
    // Three leads a burst takes in together, one of them graded high enough for a shorter SLA.
    const bigDeal = {
      name: "Big deal",
      field: "company",
      operator: ScoringOperator.EQUALS,
      value: "Big Co",
      points: 60,
    };
    await withRule(bigDeal, async () => {
      const answers = await Promise.all(
        ["Big Co", "Nordwind", undefined].map((company, i) =>
          post(
            payload(
              { source: ["paid_search", "email", "organic"][i] },
              { email: `same${i}@nordwind-solar.de`, phone: i === 1 ? undefined : "+49 30 901820", company },
            ),
          ),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      const grades: (string | null)[] = [];
      for (const { body } of answers) {
        const stored = await server.em().findOneOrFail(Lead, body.lead_id, { populate: ["scoreBreakdown"] });
        const em = server.em();
        const { lead: built } = await new LeadBuilder(em, acme.organization.id).build({
          fields: {
            firstName: stored.firstName,
            lastName: stored.lastName,
            email: stored.email,
            phone: stored.phone,
            company: stored.company,
            source: stored.source,
            campaign: stored.campaign,
            utmSource: stored.utmSource,
            utmMedium: stored.utmMedium,
            utmContent: stored.utmContent,
            customFields: stored.customFields,
          },
          extra: { formSubmissions: 1, lastEngagementAt: stored.createdAt, createdAt: stored.createdAt },
          actorId: null,
          now: stored.createdAt,
        });
        grades.push(stored.grade);
        expect({
          score: stored.score,
          computedScore: stored.computedScore,
          grade: stored.grade,
          breakdown: stored.scoreBreakdown,
          enrichmentStatus: stored.enrichmentStatus,
          enrichment: stored.enrichment,
          slaDueAt: stored.slaDueAt,
          status: stored.status,
        }).toEqual({
          score: built.score,
          computedScore: built.computedScore,
          grade: built.grade,
          breakdown: JSON.parse(JSON.stringify(built.scoreBreakdown)),
          enrichmentStatus: built.enrichmentStatus,
          enrichment: JSON.parse(JSON.stringify(built.enrichment)),
          slaDueAt: built.slaDueAt,
          status: built.status,
        });
        const history = await server.em().find(LeadScore, { lead: stored.id });
        expect(history).toHaveLength(1);
        expect(history[0]).toMatchObject({
          reason: "CREATED",
          score: stored.score,
          previousScore: null,
          grade: stored.grade,
        });
        expect(history[0]!.breakdown).toEqual(stored.scoreBreakdown);
      }
      expect(["A", "B"]).toContain(grades[0]);
      expect(grades[2]).not.toBe(grades[0]);
    });
  });

  it("routes a burst of captured leads round robin, evenly and each once", async () => {
    const em = server.em();
    const team = em.create(Team, { organization: acme.organization.id, name: "Capture desk" });
    team.members.set(["manager", "rep"].map((key) => em.getReference(User, acme.users[key]!.id)));
    await em.flush();
    const ruleId = await createAssignmentRule({
      name: "Capture desk",
      strategy: "ROUND_ROBIN",
      teamId: team.id,
    });
    const routed = await createCampaign(tokens.manager!, { name: "Routed" });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(
          { ...payload({}, { email: `routed${i}@desk.example` }), campaign_id: routed.id },
          { "x-campaign-token": routed.publicToken },
        ),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(200);
    const history = await server.em().find(LeadAssignment, { rule: ruleId }, { populate: ["toUser"] });
    expect(new Set(history.map((row) => row.lead.id)).size).toBe(200);
    expect(leadsPerRep(history)).toEqual([100, 100]);
  });

  it("routes two batches written at once to reps with a daily limit: no deadlock, nobody over the limit", async () => {
    const em = server.em();
    const reps = ["capped1", "capped2", "capped3"].map((name) =>
      em.create(User, {
        organization: acme.organization.id,
        email: `${name}@acme.test`,
        name,
        role: Role.MEMBER,
        passwordHash: "not used",
      }),
    );
    const team = em.create(Team, {
      organization: acme.organization.id,
      name: "Capped desk",
      maxLeadsPerMember: 50,
    });
    team.members.set(reps);
    await em.flush();
    const ruleId = await createAssignmentRule({
      name: "Capped desk",
      strategy: "ROUND_ROBIN",
      teamId: team.id,
      priority: 100,
      conditions: [{ field: "source", operator: "EQUALS", value: "capped-desk" }],
    });
    const capped = await createCampaign(tokens.manager!, { name: "Capped" });
    const stored = await server
      .em()
      .findOneOrFail(Campaign, capped.id, { populate: ["organization", "autoAssignTo"] });
    const batchOf = (first: number) =>
      Array.from({ length: 100 }, (_, i) => ({
        campaign: stored,
        captured: parseCapturePayload(
          {
            ...payload({ source: "capped-desk" }, { email: `capped${first + i}@desk.example` }),
            campaign_id: capped.id,
          },
          stored.name,
        ),
        options: { channel: CaptureChannel.API },
      }));
    // As the intake writes two full batches under load: two transactions at once, each locking the reps
    // it routes to (their turns interleave, so each batch meets the reps in another order).
    const results = await Promise.all([
      captureBatch(server.em(), server.app, batchOf(0)),
      captureBatch(server.em(), server.app, batchOf(100)),
    ]);
    expect(results.flat().filter((result) => "status" in result && result.status === 201)).toHaveLength(200);
    const history = await server.em().find(LeadAssignment, { rule: ruleId, toUser: { $ne: null } });
    expect(leadsPerRep(history)).toEqual([50, 50, 50]);
  });
});
