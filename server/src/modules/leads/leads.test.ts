import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { Lead } from "./lead.entity.js";

const CREATE =
  "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id fullName email phone status score tags assignedTo { email } createdBy { email } consent { given source } } } }";
const UPDATE =
  "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id status lostReason company assignedTo { email } } } }";
const DELETE = "mutation($id: ID!) { deleteLead(id: $id) { id } }";
const GET = "query($id: ID!) { lead(id: $id) { id company } }";

let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;
let globexLeadId: string;

beforeAll(async () => {
  server = await startTestApp();
  ({ acme, tokens } = await seedAcmeAndGlobex(server, {
    admin: Role.ADMIN,
    manager: Role.MANAGER,
    rep: Role.MEMBER,
    rep2: Role.MEMBER,
    viewer: Role.VIEWER,
  }));
  const created = await graphql(
    server.url,
    CREATE,
    { input: { lastName: "Globex Lead", company: "Globex" } },
    tokens.globex,
  );
  globexLeadId = created.data!.createLead.lead.id;
});
afterAll(() => server.close());

async function createLead(
  input: Record<string, unknown>,
  token = tokens.manager,
): Promise<Record<string, any>> {
  const response = await graphql(server.url, CREATE, { input }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createLead.lead;
}

describe("createLead", () => {
  it("stores a normalised lead and says who created it", async () => {
    const lead = await createLead({
      firstName: " Ada ",
      lastName: "Lovelace",
      email: "ADA@Analytical.example",
      phone: "+44 20 7946 0958",
      tags: ["vip", "vip"],
      consent: { given: true, source: "web form" },
    });
    expect(lead).toMatchObject({
      fullName: "Ada Lovelace",
      email: "ada@analytical.example",
      phone: "+442079460958",
      status: "NEW",
      score: 20, // default rules: business email 15 + phone given 5
      tags: ["vip"],
      assignedTo: null,
      createdBy: { email: "manager@acme.test" },
      consent: { given: true, source: "web form" },
    });
  });

  it("enriches a new lead locally and a changed email again", async () => {
    const query = `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id enrichmentStatus
      enrichment { emailDomainType companyDomain companyNameGuess phoneCountry phoneValid } } } }`;
    const created = await graphql(
      server.url,
      query,
      { input: { email: "kim@nordwind-solar.de", phone: "+49 30 901820" } },
      tokens.manager,
    );
    const lead = created.data!.createLead.lead;
    expect(lead).toMatchObject({
      enrichmentStatus: "ENRICHED",
      enrichment: {
        emailDomainType: "BUSINESS",
        companyDomain: "nordwind-solar.de",
        companyNameGuess: "Nordwind Solar",
        phoneCountry: "DE",
        phoneValid: true,
      },
    });
    const nothing = await graphql(server.url, query, { input: { lastName: "Plain" } }, tokens.manager);
    expect(nothing.data!.createLead.lead).toMatchObject({ enrichmentStatus: "NO_DATA" });
    const changed = await graphql(
      server.url,
      "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { enrichment { emailDomainType companyDomain } } } }",
      { input: { id: lead.id, email: "kim@gmail.com" } },
      tokens.manager,
    );
    expect(changed.data!.updateLead.lead.enrichment).toEqual({
      emailDomainType: "FREE",
      companyDomain: null,
    });
  });

  it("assigns a rep's own new lead to the rep", async () => {
    const lead = await createLead({ company: "Rep's Find" }, tokens.rep);
    expect(lead.assignedTo).toEqual({ email: "rep@acme.test" });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const before = await server.em().count(Lead, {});
    const cases: [Record<string, unknown>, string][] = [
      [{ lastName: "X", email: "not-an-email" }, "email"],
      [{ lastName: "X", phone: "12" }, "phone"],
      [{ lastName: "X", employees: -1 }, "employees"],
      [{ lastName: "X".repeat(101) }, "lastName"],
      [{ source: "web" }, "email"],
      [{ lastName: "X", status: "LOST" }, "lostReason"],
      [{ lastName: "X", assignedToId: "00000000-0000-7000-8000-000000000000" }, "assignedToId"],
    ];
    for (const [input, field] of cases) {
      const response = await graphql(server.url, CREATE, { input }, tokens.manager);
      expect(response.errors?.[0]?.extensions, JSON.stringify(input)).toEqual({
        code: "BAD_USER_INPUT",
        field,
      });
    }
    expect(await server.em().count(Lead, {})).toBe(before);
  });
});

describe("permissions", () => {
  it("lets a VIEWER read but not write", async () => {
    expect(
      (await graphql(server.url, "{ leads { totalCount } }", {}, tokens.viewer)).data?.leads.totalCount,
    ).toBeGreaterThan(0);
    expect(errorCode(await graphql(server.url, CREATE, { input: { company: "V" } }, tokens.viewer))).toBe(
      "FORBIDDEN",
    );
    const lead = await createLead({ company: "Viewer target" });
    expect(
      errorCode(
        await graphql(server.url, UPDATE, { input: { id: lead.id, company: "Changed" } }, tokens.viewer),
      ),
    ).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, DELETE, { id: lead.id }, tokens.viewer))).toBe("FORBIDDEN");
  });

  it("lets a MEMBER change only leads assigned to them, and not give them away", async () => {
    const own = await createLead({ company: "Own" }, tokens.rep);
    const others = await createLead({ company: "Others", assignedToId: acme.users.rep2!.id });
    expect(
      (await graphql(server.url, UPDATE, { input: { id: own.id, company: "Own, renamed" } }, tokens.rep)).data
        ?.updateLead.lead.company,
    ).toBe("Own, renamed");
    expect(
      errorCode(
        await graphql(server.url, UPDATE, { input: { id: others.id, company: "Mine now" } }, tokens.rep),
      ),
    ).toBe("FORBIDDEN");
    expect(
      errorCode(
        await graphql(
          server.url,
          UPDATE,
          { input: { id: own.id, assignedToId: acme.users.rep2!.id } },
          tokens.rep,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      errorCode(
        await graphql(
          server.url,
          CREATE,
          { input: { company: "Gift", assignedToId: acme.users.rep2!.id } },
          tokens.rep,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, DELETE, { id: own.id }, tokens.rep))).toBe("FORBIDDEN");
    const untouched = await server.em().findOneOrFail(Lead, { id: others.id });
    expect(untouched.company).toBe("Others");
  });

  it("lets a MANAGER change and reassign any lead of the organisation", async () => {
    const lead = await createLead({ company: "Team lead" }, tokens.rep);
    const response = await graphql(
      server.url,
      UPDATE,
      { input: { id: lead.id, assignedToId: acme.users.rep2!.id, status: "LOST", lostReason: "No budget" } },
      tokens.manager,
    );
    expect(response.data?.updateLead.lead).toMatchObject({
      status: "LOST",
      lostReason: "No budget",
      assignedTo: { email: "rep2@acme.test" },
    });
  });
});

describe("organisation isolation", () => {
  it("never shows or changes another organisation's leads, whatever the operation", async () => {
    const asAcme = (query: string, variables: Record<string, unknown> = {}) =>
      graphql(server.url, query, variables, tokens.admin);
    expect((await asAcme(GET, { id: globexLeadId })).data?.lead).toBeNull();
    const list = await asAcme('{ leads(first: 100, search: "globex") { edges { node { id } } } }');
    expect(list.data?.leads.edges).toEqual([]);
    expect(errorCode(await asAcme(UPDATE, { input: { id: globexLeadId, company: "Hijacked" } }))).toBe(
      "NOT_FOUND",
    );
    expect(errorCode(await asAcme(DELETE, { id: globexLeadId }))).toBe("NOT_FOUND");
    expect(
      errorCode(
        await graphql(
          server.url,
          CREATE,
          {
            input: {
              company: "X",
              assignedToId: (await server.em().findOneOrFail(Lead, { id: globexLeadId })).createdBy!.id,
            },
          },
          tokens.admin,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    const users = await asAcme("{ users { totalCount edges { node { email } } } teams { totalCount } }");
    expect(users.data?.users.edges.map((e: { node: { email: string } }) => e.node.email)).not.toContain(
      "admin@globex.test",
    );
    const stored = await server.em().findOneOrFail(Lead, { id: globexLeadId });
    expect(stored.company).toBe("Globex");
    expect(stored.deletedAt).toBeNull();
  });
});

describe("deleteLead", () => {
  it("soft-deletes: the lead leaves every list but its row stays", async () => {
    const lead = await createLead({ company: "Short-lived" });
    expect((await graphql(server.url, DELETE, { id: lead.id }, tokens.manager)).data?.deleteLead.id).toBe(
      lead.id,
    );
    expect((await graphql(server.url, GET, { id: lead.id }, tokens.manager)).data?.lead).toBeNull();
    expect(errorCode(await graphql(server.url, DELETE, { id: lead.id }, tokens.manager))).toBe("NOT_FOUND");
    expect((await server.em().findOneOrFail(Lead, { id: lead.id })).deletedAt).toBeInstanceOf(Date);
  });
});
