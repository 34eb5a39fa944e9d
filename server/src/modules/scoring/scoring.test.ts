import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { LeadScore } from "./lead-score.entity.js";
import { ScoringRule } from "./scoring-rule.entity.js";

const LEAD_FIELDS =
  "id score grade scoreBreakdown { ruleId name category points field matchedValue } scoreHistory { totalCount edges { node { score previousScore delta reason grade } } }";
const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { ${LEAD_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { ${LEAD_FIELDS} } } }`;
const CREATE_RULE =
  "mutation($input: CreateScoringRuleInput!) { createScoringRule(input: $input) { rule { id name field operator value points } } }";
const UPDATE_RULE =
  "mutation($input: UpdateScoringRuleInput!) { updateScoringRule(input: $input) { rule { id points active } } }";
const DELETE_RULE = "mutation($input: DeleteScoringRuleInput!) { deleteScoringRule(input: $input) { id } }";

// A strong fit by the default rules: business email 15, phone 5, company 5, paid search 15,
// VP (director or above) 15, over 100 employees 10, target industry 15, target region 10 = 90.
const HOT_LEAD = {
  firstName: "Grace",
  lastName: "Hopper",
  email: "grace@navy-systems.example",
  phone: "+1 415 555 0134",
  company: "Navy Systems",
  source: "paid_search",
  jobTitle: "VP of Engineering",
  employees: 250,
  industry: "Software",
  country: "US",
};

let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;
beforeAll(async () => {
  server = await startTestApp();
  ({ acme, tokens } = await seedAcmeAndGlobex(server, {
    admin: Role.ADMIN,
    owner: Role.OWNER,
    manager: Role.MANAGER,
    rep: Role.MEMBER,
    viewer: Role.VIEWER,
  }));
});
afterAll(() => server.close());

describe("scoring leads", () => {
  it("scores a new lead with the default rules, explains it, and records it", async () => {
    const response = await graphql(server.url, CREATE, { input: HOT_LEAD }, tokens.manager);
    const lead = response.data!.createLead.lead;
    expect(lead).toMatchObject({ score: 90, grade: "A" });
    expect(lead.scoreBreakdown.reduce((sum: number, item: { points: number }) => sum + item.points, 0)).toBe(
      90,
    );
    expect(lead.scoreBreakdown).toContainEqual(
      expect.objectContaining({
        category: "DEMOGRAPHIC",
        points: 15,
        field: "emailDomainType",
        matchedValue: "BUSINESS",
      }),
    );
    expect(lead.scoreHistory).toEqual({
      totalCount: 1,
      edges: [{ node: { score: 90, previousScore: null, delta: 90, reason: "CREATED", grade: "A" } }],
    });
  });

  it("rescores on a change a rule reads, records the move, and records nothing when the score stays", async () => {
    const created = (await graphql(server.url, CREATE, { input: HOT_LEAD }, tokens.manager)).data!.createLead
      .lead;
    const freeMail = await graphql(
      server.url,
      UPDATE,
      { input: { id: created.id, email: "grace.hopper@gmail.com" } },
      tokens.manager,
    );
    expect(freeMail.data!.updateLead.lead).toMatchObject({ score: 75, grade: "B" });
    expect(freeMail.data!.updateLead.lead.scoreHistory.edges[0].node).toEqual({
      score: 75,
      previousScore: 90,
      delta: -15,
      reason: "UPDATED",
      grade: "B",
    });
    const unchanged = await graphql(
      server.url,
      UPDATE,
      { input: { id: created.id, street: "1 Main St" } },
      tokens.manager,
    );
    expect(unchanged.data!.updateLead.lead.scoreHistory.totalCount).toBe(2);
  });

  it("writes no score history for a refused change", async () => {
    const before = await server.em().count(LeadScore, {});
    expect(
      errorCode(
        await graphql(server.url, CREATE, { input: { ...HOT_LEAD, email: "broken" } }, tokens.manager),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(await server.em().count(LeadScore, {})).toBe(before);
  });
});

describe("scoring rules", () => {
  it("lists the default rules to every member of the organisation", async () => {
    const response = await graphql(
      server.url,
      "{ scoringRules { totalCount edges { node { name category points } } } }",
      {},
      tokens.viewer,
    );
    expect(response.data!.scoringRules.totalCount).toBe(
      await server.em().count(ScoringRule, { organization: acme.organization.id }),
    );
    expect(response.data!.scoringRules.totalCount).toBeGreaterThan(15);
  });

  it("lets only ADMIN and OWNER create, change and delete rules", async () => {
    const input = {
      name: "Webinar source",
      category: "BEHAVIORAL",
      field: "source",
      operator: "EQUALS",
      value: "webinar",
      points: 7,
    };
    for (const who of ["manager", "rep", "viewer"])
      expect(errorCode(await graphql(server.url, CREATE_RULE, { input }, tokens[who])), who).toBe(
        "FORBIDDEN",
      );
    const created = await graphql(server.url, CREATE_RULE, { input }, tokens.admin);
    const ruleId = created.data!.createScoringRule.rule.id;
    expect(
      (await graphql(server.url, UPDATE_RULE, { input: { id: ruleId, points: 9 } }, tokens.owner)).data!
        .updateScoringRule.rule.points,
    ).toBe(9);
    expect(
      errorCode(await graphql(server.url, UPDATE_RULE, { input: { id: ruleId, points: 1 } }, tokens.manager)),
    ).toBe("FORBIDDEN");
    expect(
      errorCode(await graphql(server.url, UPDATE_RULE, { input: { id: ruleId, points: 1 } }, tokens.globex)),
    ).toBe("NOT_FOUND");
    expect(errorCode(await graphql(server.url, DELETE_RULE, { input: { id: ruleId } }, tokens.globex))).toBe(
      "NOT_FOUND",
    );
    expect(
      (await graphql(server.url, DELETE_RULE, { input: { id: ruleId } }, tokens.admin)).data!
        .deleteScoringRule.id,
    ).toBe(ruleId);
    expect(await server.em().count(ScoringRule, { id: ruleId })).toBe(0);
  });

  it("refuses a rule that could never match, naming the field at fault", async () => {
    const base = {
      name: "Bad",
      category: "CUSTOM",
      field: "employees",
      operator: "GREATER_THAN",
      value: 10,
      points: 5,
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ field: "favouriteColour" }, "field"],
      [{ field: "company", operator: "GREATER_THAN" }, "operator"],
      [{ operator: "BETWEEN", value: [50] }, "value"],
      [{ value: "lots" }, "value"],
      [{ points: 500 }, "points"],
    ];
    for (const [change, field] of cases) {
      const response = await graphql(
        server.url,
        CREATE_RULE,
        { input: { ...base, ...change } },
        tokens.admin,
      );
      expect(response.errors?.[0]?.extensions, JSON.stringify(change)).toEqual({
        code: "BAD_USER_INPUT",
        field,
      });
    }
    const response = await graphql(
      server.url,
      UPDATE_RULE,
      {
        input: {
          id: (
            await server
              .em()
              .findOneOrFail(ScoringRule, { organization: acme.organization.id, field: "employees" })
          ).id,
          points: 101,
        },
      },
      tokens.admin,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "points" });
  });

  it("scores new leads with a rule as soon as it is created", async () => {
    const rule = await graphql(
      server.url,
      CREATE_RULE,
      {
        input: {
          name: "Tagged partner",
          category: "CUSTOM",
          field: "tags",
          operator: "CONTAINS",
          value: "partner",
          points: -20,
        },
      },
      tokens.admin,
    );
    const lead = (
      await graphql(server.url, CREATE, { input: { ...HOT_LEAD, tags: ["partner"] } }, tokens.manager)
    ).data!.createLead.lead;
    expect(lead.score).toBe(70);
    expect(lead.scoreBreakdown).toContainEqual(
      expect.objectContaining({ ruleId: rule.data!.createScoringRule.rule.id, points: -20 }),
    );
  });
});
