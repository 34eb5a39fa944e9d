import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, TestClock, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { LeadActivity } from "./lead-activity.entity.js";

const CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }";
const LOG = `mutation($input: LogActivityInput!) { logActivity(input: $input) {
  activity { id type subject occurredAt actor { email } }
  lead { activitiesCount lastActivityAt emailOpens lastEngagementAt score } } }`;
const TIMELINE = `query($id: ID!, $filter: TimelineFilter, $first: Int!, $after: String) { lead(id: $id) {
  timeline(filter: $filter, first: $first, after: $after) { totalCount
    edges { node { id type subject occurredAt } } pageInfo { hasNextPage endCursor } } } }`;

// Grace is 90 points by the default rules (see scoring.test.ts): above HOT's 80.
const HOT_LEAD = {
  firstName: "Grace",
  email: "grace@navy-systems.example",
  phone: "+1 415 555 0134",
  company: "Navy Systems",
  source: "paid_search",
  jobTitle: "VP of Engineering",
  employees: 250,
  industry: "Software",
  country: "US",
};

const clock = new TestClock(new Date("2026-04-01T12:00:00Z"));
let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;
const as = (who: string, query: string, variables?: Record<string, unknown>) =>
  graphql(server.url, query, variables, tokens[who]);
const createLead = async (input: Record<string, unknown>, who = "manager") =>
  (await as(who, CREATE, { input })).data!.createLead.lead.id as string;

beforeAll(async () => {
  server = await startTestApp({ clock });
  ({ acme, tokens } = await seedAcmeAndGlobex(server, {
    admin: Role.ADMIN,
    manager: Role.MANAGER,
    rep: Role.MEMBER,
    viewer: Role.VIEWER,
  }));
});
afterAll(() => server.close());

describe("logActivity", () => {
  it("logs a call on the rep's own lead, counts it and keeps the last activity", async () => {
    const id = await createLead({ company: "Call Co" }, "rep");
    const logged = await as("rep", LOG, {
      input: { leadId: id, type: "CALL", subject: "Intro call", durationSeconds: 300 },
    });
    expect(logged.data!.logActivity).toMatchObject({
      activity: {
        type: "CALL",
        subject: "Intro call",
        occurredAt: "2026-04-01T12:00:00.000Z",
        actor: { email: "rep@acme.test" },
      },
      lead: { activitiesCount: 1, lastActivityAt: "2026-04-01T12:00:00.000Z", emailOpens: 0 },
    });
    // An older activity counts, but does not move the last activity back.
    const older = await as("rep", LOG, {
      input: { leadId: id, type: "NOTE", occurredAt: "2026-03-01T00:00:00Z" },
    });
    expect(older.data!.logActivity.lead).toMatchObject({
      activitiesCount: 2,
      lastActivityAt: "2026-04-01T12:00:00.000Z",
    });
  });

  it("refuses system types, other people's leads for members, viewers, outsiders and bad input, writing nothing", async () => {
    const id = await createLead({ company: "Guarded" });
    const log = (who: string, input: Record<string, unknown>) =>
      as(who, LOG, { input: { leadId: id, ...input } });
    for (const type of ["STATUS_CHANGE", "SCORE_CHANGE", "ASSIGNMENT_CHANGE", "FIELD_UPDATE"]) {
      const refused = await log("manager", { type });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "type" });
    }
    expect(errorCode(await log("rep", { type: "CALL" }))).toBe("FORBIDDEN");
    expect(errorCode(await log("viewer", { type: "NOTE" }))).toBe("FORBIDDEN");
    expect(
      errorCode(await graphql(server.url, LOG, { input: { leadId: id, type: "NOTE" } }, tokens.globex)),
    ).toBe("NOT_FOUND");
    expect(
      (await log("manager", { type: "NOTE", subject: "x".repeat(201) })).errors?.[0]?.extensions?.field,
    ).toBe("subject");
    expect((await log("manager", { type: "CALL", durationSeconds: -1 })).errors?.[0]?.extensions?.field).toBe(
      "durationSeconds",
    );
    expect(
      (await log("manager", { type: "MEETING", occurredAt: "2028-01-01T00:00:00Z" })).errors?.[0]?.extensions
        ?.field,
    ).toBe("occurredAt");
    expect(await server.em().count(LeadActivity, { lead: id })).toBe(0);
  });

  it("counts engagement on the lead and rescores it in the same step, with rules on activity count and recency", async () => {
    await as(
      "admin",
      "mutation($input: CreateScoringRuleInput!) { createScoringRule(input: $input) { rule { id } } }",
      {
        input: {
          name: "Engaged",
          category: "BEHAVIORAL",
          field: "activitiesCount",
          operator: "GREATER_THAN",
          value: 3,
          points: 7,
        },
      },
    );
    // A rule change rescores existing leads in the background (on real time): let that run finish first.
    const lastRun = async () =>
      (await as("admin", "{ scoringRuns(first: 1) { edges { node { status } } } }")).data!.scoringRuns
        .edges[0]?.node.status;
    await expect.poll(lastRun, { timeout: 20_000 }).toBe("COMPLETED");
    const id = await createLead({ company: "Opens" });
    const scoreOf = async () =>
      (
        await as(
          "manager",
          `query($id: ID!) { lead(id: $id) { score scoreHistory(first: 1) { edges { node { reason } } } } }`,
          { id },
        )
      ).data!.lead;
    const start = (await scoreOf()).score;
    for (let i = 0; i < 3; i++) await as("manager", LOG, { input: { leadId: id, type: "EMAIL_OPENED" } });
    const lead = (await as("manager", LOG, { input: { leadId: id, type: "EMAIL_OPENED" } })).data!.logActivity
      .lead;
    // Four opens: "email opens > 2" (+10) and "activities > 3" (+7).
    expect(lead).toMatchObject({
      emailOpens: 4,
      activitiesCount: 4,
      lastEngagementAt: "2026-04-01T12:00:00.000Z",
    });
    expect(lead.score).toBe(start + 17);
    expect((await scoreOf()).scoreHistory.edges[0].node.reason).toBe("ACTIVITY");
  });

  it("feeds the lead's recent activity types to qualification (HOT needs a call or meeting within 14 days)", async () => {
    const id = await createLead(HOT_LEAD);
    const stage = async () =>
      (
        await as(
          "manager",
          `query($id: ID!) { lead(id: $id) { qualification { stage missing { stage reasons } } } }`,
          { id },
        )
      ).data!.lead.qualification;
    expect((await stage()).stage).toBe("SQL");
    expect(
      (await as("manager", LOG, { input: { leadId: id, type: "MEETING", subject: "Demo" } })).errors,
    ).toBeUndefined();
    expect(await stage()).toEqual({ stage: "HOT", missing: [] });
    clock.advanceDays(15);
    const later = await stage();
    expect(later.stage).toBe("SQL");
    expect(later.missing).toEqual([
      { stage: "HOT", reasons: ["no CALL or MEETING activity in the last 14 days"] },
    ]);
    clock.advanceDays(-15);
  });
});

describe("timeline", () => {
  it("pages 1,000 activities newest first without gaps or repeats, filtered by type and date", async () => {
    const id = await createLead({ company: "Busy" });
    const em = server.em();
    const start = Date.parse("2026-01-01T00:00:00Z");
    const types = ["CALL", "EMAIL", "NOTE", "WEBSITE_VISIT"] as const;
    await em.insertMany(
      LeadActivity,
      Array.from({ length: 1000 }, (_, i) => ({
        id: crypto.randomUUID(),
        organization: acme.organization.id,
        lead: id,
        type: types[i % 4]!,
        subject: `#${i}`,
        // Pairs share a time: the id must break the tie without losing or repeating rows.
        occurredAt: new Date(start + Math.floor(i / 2) * 60_000),
        metadata: {},
      })),
    );
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let previous = Infinity;
    do {
      const page: any = (await as("viewer", TIMELINE, { id, first: 100, after })).data!.lead.timeline;
      expect(page.totalCount).toBe(1000);
      for (const { node } of page.edges) {
        expect(Date.parse(node.occurredAt)).toBeLessThanOrEqual(previous);
        previous = Date.parse(node.occurredAt);
        seen.push(node.id);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(10);
    expect(new Set(seen).size).toBe(1000);

    const calls = (
      await as("viewer", TIMELINE, {
        id,
        first: 100,
        filter: { types: ["CALL"], from: "2026-01-01T00:00:00Z", to: "2026-01-01T01:00:00Z" },
      })
    ).data!.lead.timeline;
    // Minutes 0-59 hold activities 0-119, of which every fourth is a call.
    expect(calls.totalCount).toBe(30);
    expect(calls.edges.every((e: { node: { type: string } }) => e.node.type === "CALL")).toBe(true);
    const bad = await as("viewer", TIMELINE, { id, first: 10, after: "nonsense" });
    expect(bad.errors?.[0]?.extensions?.field).toBe("after");
  });

  it("shows stage moves, reassignments and field changes as system entries, and other organisations see nothing", async () => {
    const id = await createLead({ company: "Mover" });
    const stages = (await as("manager", "{ pipelineStages { id name } }")).data!.pipelineStages;
    await as("manager", "mutation($input: MoveLeadInput!) { moveLead(input: $input) { lead { id } } }", {
      input: { leadId: id, stageId: stages[1].id, note: "Reached by phone" },
    });
    await as("manager", "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }", {
      input: { id, assignedToId: acme.users.rep!.id },
    });
    await as("manager", "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }", {
      input: { id, company: "Mover Ltd", jobTitle: "CTO", city: null },
    });
    const timeline = (await as("manager", TIMELINE, { id, first: 10 })).data!.lead.timeline;
    expect(
      timeline.edges.map((e: { node: { type: string; subject: string } }) => [e.node.type, e.node.subject]),
    ).toEqual([
      // city was empty already: not a change.
      ["FIELD_UPDATE", "Changed jobTitle, company"],
      ["ASSIGNMENT_CHANGE", "Assigned to rep of acme"],
      ["STATUS_CHANGE", "New → Contacted"],
    ]);
    expect((await graphql(server.url, TIMELINE, { id, first: 10 }, tokens.globex)).data!.lead).toBeNull();
  });
});

describe("stale leads", () => {
  it("filters leads with no activity in N days and flags them at 30 and 60 days", async () => {
    const quiet = await createLead({ company: "Quiet Stale Co" });
    const busy = await createLead({ company: "Busy Stale Co" });
    clock.advanceDays(35);
    await as("manager", LOG, { input: { leadId: busy, type: "CALL" } });
    const stale = async (days: number) =>
      (
        await as(
          "manager",
          `query($f: LeadFilter) { leads(filter: $f, search: "Stale Co", first: 10) { edges { node { id staleness } } } }`,
          {
            f: { noActivityInDays: days },
          },
        )
      ).data!.leads.edges.map((e: { node: { id: string; staleness: string } }) => e.node);
    expect(await stale(30)).toEqual([{ id: quiet, staleness: "WARNING" }]);
    clock.advanceDays(30);
    // Day 65: quiet has had nothing for 65 days, busy its call 30 days ago (stale from day 30 on, not before).
    expect(await stale(31)).toEqual([{ id: quiet, staleness: "ALERT" }]);
    expect(await stale(29)).toEqual(
      expect.arrayContaining([
        { id: quiet, staleness: "ALERT" },
        { id: busy, staleness: "WARNING" },
      ]),
    );
    expect(
      (await as("manager", `{ leads(filter: { noActivityInDays: 0 }) { totalCount } }`)).errors?.[0]
        ?.extensions?.field,
    ).toBe("filter.noActivityInDays");
    clock.advanceDays(-65);
  });
});
