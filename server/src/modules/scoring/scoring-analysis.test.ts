import { DEFAULT_SCORING_RULES, Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { type SeededOrg, startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadScore, ScoreChangeReason } from "./lead-score.entity.js";
import { rescoreLeads } from "./rescore.js";

const CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id score grade } } }";
const DISTRIBUTION =
  "{ scoreDistribution { total average buckets { from to count } grades { grade count } } }";
const IMPACT = `query($input: ScoringImpactInput!) { scoringImpact(input: $input) {
  leadsEvaluated scoresChanged gradesChanged gradeTransitions { from to count }
  before { total average } after { total average buckets { from to count } } } }`;
const PREVIEW =
  "query($input: PreviewScoringInput!) { previewScoring(input: $input) { lead { id } scoreBefore scoreAfter gradeBefore gradeAfter breakdownAfter { name points } } }";
const TEST_RULE =
  "query($input: TestScoringRuleInput!) { testScoringRule(input: $input) { matched points value } }";

// The default rules as drafts, the way the rule builder would send the current set.
const defaultDrafts = DEFAULT_SCORING_RULES.map(({ id: _id, description: _d, ...rule }) => rule);

let server: TestApp;
let tokens: Record<string, string>;
let acmeId: string;
const scores: number[] = [];
let strongLeadId: string;
beforeAll(async () => {
  server = await startTestApp();
  let acme: SeededOrg;
  ({ acme, tokens } = await seedAcmeAndGlobex(server, {
    admin: Role.ADMIN,
    manager: Role.MANAGER,
    rep: Role.MEMBER,
  }));
  acmeId = acme.organization.id;
  const inputs = [
    { company: "Plain Co" }, // company 5
    {
      company: "Fit Inc",
      email: "cto@fit.example",
      jobTitle: "CTO",
      source: "paid_search",
      employees: 500,
      industry: "Software",
      country: "US",
    },
    { lastName: "Gmail", email: "someone@gmail.com", source: "organic_search" }, // organic 10
  ];
  for (const input of inputs) {
    const lead = (await graphql(server.url, CREATE, { input }, tokens.manager)).data!.createLead.lead;
    scores.push(lead.score);
  }
  strongLeadId = (await server.em().findOneOrFail(Lead, { company: "Fit Inc" })).id;
  await graphql(server.url, CREATE, { input: { company: "Other org" } }, tokens.globex);
});
afterAll(() => server.close());

describe("scoreDistribution", () => {
  it("counts the organisation's live leads by bucket and grade, with the average", async () => {
    const { scoreDistribution } = (await graphql(server.url, DISTRIBUTION, {}, tokens.rep)).data!;
    expect(scores).toEqual([5, 85, 10]);
    expect(scoreDistribution.total).toBe(3);
    expect(scoreDistribution.average).toBeCloseTo(100 / 3, 1);
    expect(scoreDistribution.buckets).toEqual([
      { from: 0, to: 19, count: 2 },
      { from: 20, to: 39, count: 0 },
      { from: 40, to: 59, count: 0 },
      { from: 60, to: 79, count: 0 },
      { from: 80, to: 100, count: 1 },
    ]);
    expect(scoreDistribution.grades).toEqual([
      { grade: "A", count: 1 },
      { grade: "B", count: 0 },
      { grade: "C", count: 0 },
      { grade: "D", count: 2 },
    ]);
  });
});

describe("what-if scoring (writes nothing)", () => {
  it("shows what a changed rule set would do to every lead, and to a sample", async () => {
    const historyBefore = await server.em().count(LeadScore, {});
    // Double the company rule: every lead with a company gains 5 more.
    const drafts = defaultDrafts.map((rule) => (rule.field === "company" ? { ...rule, points: 10 } : rule));
    const { scoringImpact } = (
      await graphql(server.url, IMPACT, { input: { rules: drafts } }, tokens.manager)
    ).data!;
    expect(scoringImpact).toMatchObject({
      leadsEvaluated: 3,
      scoresChanged: 2,
      gradesChanged: 0,
      gradeTransitions: [],
    });
    expect(scoringImpact.after.average).toBeCloseTo(110 / 3, 1);

    // Dropping every rule but the organic-search one turns the A into a D.
    const only = defaultDrafts.filter((rule) => rule.value === "organic_search");
    const harsh = (await graphql(server.url, IMPACT, { input: { rules: only } }, tokens.manager)).data!
      .scoringImpact;
    expect(harsh.gradeTransitions).toEqual([{ from: "A", to: "D", count: 1 }]);

    const preview = (
      await graphql(
        server.url,
        PREVIEW,
        { input: { rules: drafts, leadIds: [strongLeadId] } },
        tokens.manager,
      )
    ).data!.previewScoring;
    expect(preview).toEqual([
      expect.objectContaining({
        lead: { id: strongLeadId },
        scoreBefore: 85,
        scoreAfter: 90,
        gradeBefore: "A",
        gradeAfter: "A",
      }),
    ]);
    expect((await server.em().findOneOrFail(Lead, { id: strongLeadId })).score).toBe(85);
    expect(await server.em().count(LeadScore, {})).toBe(historyBefore);
  });

  it("tests one draft rule on one lead", async () => {
    const rule = {
      name: "Big company",
      category: "FIRMOGRAPHIC",
      field: "employees",
      operator: "GREATER_THAN",
      value: 100,
      points: 12,
    };
    const hit = await graphql(
      server.url,
      TEST_RULE,
      { input: { rule, leadId: strongLeadId } },
      tokens.manager,
    );
    expect(hit.data!.testScoringRule).toEqual({ matched: true, points: 12, value: 500 });
    const miss = await graphql(
      server.url,
      TEST_RULE,
      { input: { rule: { ...rule, value: 1000 }, leadId: strongLeadId } },
      tokens.manager,
    );
    expect(miss.data!.testScoringRule).toEqual({ matched: false, points: 0, value: 500 });
  });

  it("names the faulty draft rule and field, and keeps other organisations' leads and members out", async () => {
    const bad = [
      ...defaultDrafts,
      { name: "Broken", category: "CUSTOM", field: "company", operator: "GREATER_THAN", value: 3, points: 1 },
    ];
    const response = await graphql(server.url, IMPACT, { input: { rules: bad } }, tokens.manager);
    expect(response.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: `rules.${defaultDrafts.length}.operator`,
    });
    const rule = { name: "Any", category: "CUSTOM", field: "company", operator: "IS_NOT_EMPTY", points: 1 };
    expect(
      errorCode(
        await graphql(server.url, TEST_RULE, { input: { rule, leadId: strongLeadId } }, tokens.globex),
      ),
    ).toBe("NOT_FOUND");
    expect(
      errorCode(await graphql(server.url, IMPACT, { input: { rules: defaultDrafts } }, tokens.rep)),
    ).toBe("FORBIDDEN");
    const globexImpact = (
      await graphql(server.url, IMPACT, { input: { rules: defaultDrafts } }, tokens.globex)
    ).data!.scoringImpact;
    expect(globexImpact.leadsEvaluated).toBe(1);
  });
});

describe("scoringImpact and the organisation's settings", () => {
  const SETTINGS =
    "mutation($input: UpdateScoringSettingsInput!) { updateScoringSettings(input: $input) { decayPointsPerWeek } }";
  const impact = async (rules: unknown[]) =>
    (await graphql(server.url, IMPACT, { input: { rules } }, tokens.manager)).data!.scoringImpact;

  it("finds nothing to change for the rules in force, with caps and overrides, by SQL and by the evaluator alike", async () => {
    // A firmographic cap lowers the strong lead; an override pins the plain one.
    const capped = await graphql(
      server.url,
      SETTINGS,
      { input: { categoryCaps: [{ category: "FIRMOGRAPHIC", cap: 10 }] } },
      tokens.admin,
    );
    expect(capped.errors).toBeUndefined();
    await rescoreLeads(
      server.em(),
      { organizationId: acmeId },
      { reason: ScoreChangeReason.SETTINGS_CHANGED },
    );
    await sql`update lead set score_override = 99, score = 99, grade = 'A'
      where organization_id = ${acmeId} and company = 'Plain Co'`.execute(server.em().getKysely());

    expect(await impact(defaultDrafts)).toMatchObject({
      leadsEvaluated: 3,
      scoresChanged: 0,
      gradesChanged: 0,
    });

    // A custom field compared with a date (a rule worth nothing) keeps the rules from compiling to SQL: the
    // evaluator answers, and must say the same.
    const drafts = defaultDrafts.map((rule) =>
      rule.value === "organic_search" ? { ...rule, points: 20 } : rule,
    );
    const unmatched = {
      name: "Demo booked",
      category: "CUSTOM",
      field: "customFields.demoOn",
      operator: "GREATER_THAN",
      value: "2026-01-01",
      points: 0,
    };
    const bySql = await impact(drafts);
    // The override (99), the strong lead with its firmographic points capped (55), the organic one doubled (20).
    expect(bySql).toMatchObject({ scoresChanged: 1, after: { average: (99 + 55 + 20) / 3 } });
    expect(await impact([...drafts, unmatched])).toEqual(bySql);
  });
});
