import { IMPORT_FIELDS, Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";

const CREATE_LEAD = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }";
const EXPORT = `query($filter: LeadFilter, $bom: Boolean) { exportLeads(filter: $filter, bom: $bom) { url expiresAt } }`;

let server: TestApp;
let tokens: Record<string, string>;
let webinarLeadId: string;

beforeAll(async () => {
  server = await startTestApp();
  ({ tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER }));
  const created = await graphql(
    server.url,
    CREATE_LEAD,
    {
      input: {
        firstName: '=HYPERLINK("http://evil")',
        lastName: "Formula",
        email: "f@acme.example",
        source: "webinar",
      },
    },
    tokens.manager,
  );
  webinarLeadId = created.data!.createLead.lead.id;
  await graphql(
    server.url,
    CREATE_LEAD,
    { input: { lastName: "Other", company: "Acme, Inc.", source: "fair" } },
    tokens.manager,
  );
});
afterAll(() => server.close());

const get = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe("lead export", () => {
  it("streams the leads the filter selects as CSV, with a BOM, ISO dates and formulas neutralised", async () => {
    const link = (
      await graphql(server.url, EXPORT, { filter: { source: ["webinar"] }, bom: true }, tokens.manager)
    ).data!.exportLeads;
    expect(link.url).toMatch(/^\/v1\/api\/exports\/leads\.csv\?token=/);
    const response = await get(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.subarray(3).toString("utf8").trim().split("\n");
    expect(header!.split(",").slice(0, 4)).toEqual(["id", "externalId", "firstName", "lastName"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(rows[0]).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,/);
  });

  it("takes the same filter as JSON with an access token, and refuses a bad one or a forged link", async () => {
    const all = await (await get("/v1/api/exports/leads.csv", tokens.manager)).text();
    expect(all.trim().split("\n")).toHaveLength(3);
    expect(all).toContain('"Acme, Inc."');
    const filtered = await get(
      `/v1/api/exports/leads.csv?filter=${encodeURIComponent('{"source":["fair"]}')}`,
      tokens.manager,
    );
    expect((await filtered.text()).trim().split("\n")).toHaveLength(2);
    const bad = await get(
      `/v1/api/exports/leads.csv?filter=${encodeURIComponent('{"scoreMin":"high"}')}`,
      tokens.manager,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { field: string }).field).toBe("filter");
    expect((await get("/v1/api/exports/leads.csv?token=abc.def")).status).toBe(401);
    expect((await get("/v1/api/exports/leads.csv", tokens.rep)).status).toBe(403);
    // Another organisation exports its own leads only.
    expect(
      (await (await get("/v1/api/exports/leads.csv", tokens.globex)).text()).trim().split("\n"),
    ).toHaveLength(1);
  });

  it("offers an import template with every importable column", async () => {
    const template = await (await get("/v1/api/imports/template.csv")).text();
    expect(template.split("\r\n")[0]).toBe(IMPORT_FIELDS.join(","));
  });
});

describe("per-lead data export (GDPR)", () => {
  it("gives the lead with its history as JSON, to its own organisation only", async () => {
    const query = `query($id: ID!) { exportLeadData(leadId: $id) { url } }`;
    const link = (await graphql(server.url, query, { id: webinarLeadId }, tokens.manager)).data!
      .exportLeadData;
    const data = (await (await get(link.url)).json()) as Record<string, any>;
    expect(data.lead).toMatchObject({ id: webinarLeadId, email: "f@acme.example" });
    expect(data.lead_score).toHaveLength(1);
    expect(data).toHaveProperty("lead_activity");
    expect(data).toHaveProperty("lead_assignment");
    expect(data).toHaveProperty("lead_stage_change");
    expect(errorCode(await graphql(server.url, query, { id: webinarLeadId }, tokens.globex))).toBe(
      "NOT_FOUND",
    );
    expect((await get(`/v1/api/leads/${webinarLeadId}/export.json`, tokens.globex)).status).toBe(404);
  });
});
