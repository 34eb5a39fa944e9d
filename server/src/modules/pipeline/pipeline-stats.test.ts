import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, TestClock, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql } from "../../../test/graphql-client.js";

const CREATE_LEAD = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }";
const MOVE = "mutation($input: MoveLeadInput!) { moveLead(input: $input) { lead { id } } }";
const LEAD = `query($id: ID!) { lead(id: $id) { daysInStage stageEnteredAt
  stageHistory { totalCount edges { node { enteredAt leftAt lostReason stage { name } fromStage { name } actor { email } } } } } }`;
const STATS = `query($range: DateRangeInput) { pipelineStats(range: $range) {
  stages { stage { name } leadCount totalValue entered advanced conversionRate averageDaysInStage }
  transitions { from { name } to { name } count } } }`;

const clock = new TestClock(new Date("2026-03-02T09:00:00Z"));
let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;
let stageId: Record<string, string>;

const as = (who: string, query: string, variables?: Record<string, unknown>) =>
  graphql(server.url, query, variables, tokens[who]);
const create = async (dealValue: number, who = "manager") =>
  (
    await as(who, CREATE_LEAD, {
      input: { company: "Velocity Co", dealValue, assignedToId: acme.users.rep!.id },
    })
  ).data!.createLead.lead.id as string;
const move = async (leadId: string, stage: string, lostReason?: string, who = "manager") => {
  const response = await as(who, MOVE, { input: { leadId, stageId: stageId[stage], lostReason } });
  expect(response.errors).toBeUndefined();
};

beforeAll(async () => {
  server = await startTestApp({ clock });
  ({ acme, tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER }));
  const stages = (await as("manager", "{ pipelineStages { id name } }")).data!.pipelineStages;
  stageId = Object.fromEntries(stages.map((stage: { id: string; name: string }) => [stage.name, stage.id]));
});
afterAll(() => server.close());

describe("stage history and velocity on a controlled clock", () => {
  it("records every move with actor and time, counts days in stage, and computes velocity and conversion", async () => {
    // Day 0: A and B arrive. A: 2 days in New, 3 in Contacted, then Qualified. B: 4 days in New, then lost.
    const a = await create(1000);
    const b = await create(500);
    clock.advanceDays(2);
    await move(a, "Contacted", undefined, "rep");
    clock.advanceDays(2);
    await move(b, "Lost", "NO_BUDGET");
    clock.advanceDays(1);
    await move(a, "Qualified");
    clock.advanceDays(4);
    // A third lead from globex moves too: it must not count for acme.
    const globexLead = (
      await graphql(server.url, CREATE_LEAD, { input: { company: "G", dealValue: 99 } }, tokens.globex)
    ).data!.createLead.lead.id;
    const globexStages = (await graphql(server.url, "{ pipelineStages { id } }", {}, tokens.globex)).data!
      .pipelineStages;
    await graphql(
      server.url,
      MOVE,
      { input: { leadId: globexLead, stageId: globexStages[1].id } },
      tokens.globex,
    );

    const lead = (await as("manager", LEAD, { id: a })).data!.lead;
    expect(lead.daysInStage).toBe(4);
    expect(lead.stageEnteredAt).toBe("2026-03-07T09:00:00.000Z");
    expect(lead.stageHistory.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        enteredAt: "2026-03-07T09:00:00.000Z",
        leftAt: null,
        lostReason: null,
        stage: { name: "Qualified" },
        fromStage: { name: "Contacted" },
        actor: { email: "manager@acme.test" },
      },
      {
        enteredAt: "2026-03-04T09:00:00.000Z",
        leftAt: "2026-03-07T09:00:00.000Z",
        lostReason: null,
        stage: { name: "Contacted" },
        fromStage: { name: "New" },
        actor: { email: "rep@acme.test" },
      },
      {
        enteredAt: "2026-03-02T09:00:00.000Z",
        leftAt: "2026-03-04T09:00:00.000Z",
        lostReason: null,
        stage: { name: "New" },
        fromStage: null,
        actor: { email: "manager@acme.test" },
      },
    ]);

    const range = { from: "2026-03-01T00:00:00Z", to: "2026-03-31T00:00:00Z" };
    const stats = (await as("manager", STATS, { range })).data!.pipelineStats;
    const byName = Object.fromEntries(
      stats.stages.map((s: { stage: { name: string } }) => [s.stage.name, s]),
    );
    expect(byName.New).toEqual({
      stage: { name: "New" },
      leadCount: 0,
      totalValue: 0,
      entered: 2,
      advanced: 1, // A went on; B was lost
      conversionRate: 0.5,
      averageDaysInStage: 3, // (2 + 4) / 2
    });
    expect(byName.Contacted).toMatchObject({
      entered: 1,
      advanced: 1,
      conversionRate: 1,
      averageDaysInStage: 3,
    });
    expect(byName.Qualified).toMatchObject({
      leadCount: 1,
      totalValue: 1000,
      entered: 1,
      advanced: 0,
      averageDaysInStage: null,
    });
    expect(byName.Lost).toMatchObject({ leadCount: 1, totalValue: 500, entered: 1, conversionRate: null });
    expect(stats.transitions).toEqual(
      expect.arrayContaining([
        { from: { name: "New" }, to: { name: "Contacted" }, count: 1 },
        { from: { name: "New" }, to: { name: "Lost" }, count: 1 },
        { from: { name: "Contacted" }, to: { name: "Qualified" }, count: 1 },
      ]),
    );
    expect(stats.transitions).toHaveLength(3);

    // A range before anything happened sees the leads as they are now, but no flow.
    const before = (
      await as("manager", STATS, { range: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" } })
    ).data!.pipelineStats;
    expect(before.stages[0]).toMatchObject({ entered: 0, conversionRate: null, averageDaysInStage: null });
    expect(before.transitions).toEqual([]);
  });

  it("refuses a range that ends before it starts", async () => {
    const response = await as("manager", STATS, {
      range: { from: "2026-03-05T00:00:00Z", to: "2026-03-01T00:00:00Z" },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "range.to" });
  });
});
