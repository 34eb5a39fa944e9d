import { Role } from "@leadline/shared";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EntityManager } from "../../db/orm.js";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { Lead } from "../leads/lead.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { AssignmentRule, LeadAssignment } from "./routing.entities.js";
import { RoutingService } from "./routing.service.js";

const REPS = ["rep1", "rep2", "rep3", "rep4", "rep5", "rep6"];
const CREATE_LEAD =
  "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id grade assignedTo { email } } } }";
const CREATE_RULE =
  "mutation($input: CreateAssignmentRuleInput!) { createAssignmentRule(input: $input) { rule { id name strategy } } }";
const UPDATE_PROFILE =
  "mutation($input: UpdateSalesProfileInput!) { updateSalesProfile(input: $input) { profile { available maxLeadsPerDay } } }";
// Grade A under the default rules: business email, phone, company, VP, 250 staff, paid search, software, DE.
const HOT_LEAD = {
  email: "vp@hot.example",
  phone: "+49 30 901820",
  company: "Hot GmbH",
  jobTitle: "VP Sales",
  employees: 250,
  source: "paid_search",
  industry: "Software",
  country: "DE",
};

let server: TestApp;
let tokens: Record<string, string>;
let users: Record<string, User>;
let inbound: Team;
let outbound: Team;

const createLead = async (input: Record<string, unknown>, token = tokens.manager) => {
  const response = await graphql(server.url, CREATE_LEAD, { input }, token);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.createLead.lead;
};
const ownerCounts = async () => {
  const leads = await server
    .em()
    .find(Lead, { organization: users.manager!.organization }, { populate: ["assignedTo"] });
  const counts: Record<string, number> = {};
  for (const lead of leads)
    if (lead.assignedTo)
      counts[lead.assignedTo.email.split("@")[0]!] = (counts[lead.assignedTo.email.split("@")[0]!] ?? 0) + 1;
  return counts;
};

/** A round-robin rule over the inbound team for leads of one `source`, above the catch-all rule. */
const createSourceRule = async (em: EntityManager, name: string, source: string, priority: number) => {
  const rule = em.create(AssignmentRule, {
    organization: users.manager!.organization.id,
    name,
    strategy: "ROUND_ROBIN",
    team: inbound,
    priority,
    conditions: [{ field: "source", operator: "EQUALS", value: source }],
  });
  await em.flush();
  return rule;
};

beforeAll(async () => {
  server = await startTestApp();
  const roles = Object.fromEntries([
    ["admin", Role.ADMIN],
    ["manager", Role.MANAGER],
    ...REPS.map((rep) => [rep, Role.MEMBER]),
    ["outsider", Role.MEMBER],
  ]);
  const seeded = await seedAcmeAndGlobex(server, roles);
  tokens = seeded.tokens;
  users = seeded.acme.users;
  const em = server.em();
  inbound = em.create(Team, { organization: seeded.acme.organization.id, name: "Inbound" });
  inbound.members.set(REPS.map((rep) => em.getReference(User, users[rep]!.id)));
  outbound = em.create(Team, {
    organization: seeded.acme.organization.id,
    name: "Queue only",
    assignmentEnabled: false,
  });
  outbound.members.set(["rep1", "rep2"].map((rep) => em.getReference(User, users[rep]!.id)));
  await em.flush();
  const rule = await graphql(
    server.url,
    CREATE_RULE,
    { input: { name: "Everyone", strategy: "ROUND_ROBIN", teamId: inbound.id } },
    tokens.manager,
  );
  expect(rule.data!.createAssignmentRule.rule).toMatchObject({ name: "Everyone", strategy: "ROUND_ROBIN" });
});
afterAll(() => server.close());

describe("round robin", () => {
  it("shares 300 leads created concurrently equally among 6 reps, each lead once", async () => {
    await Promise.all(Array.from({ length: 300 }, (_, i) => createLead({ lastName: `Concurrent ${i}` })));
    expect(await ownerCounts()).toEqual(Object.fromEntries(REPS.map((rep) => [rep, 50])));
    const history = await server.em().find(LeadAssignment, { type: "AUTO_ROUND_ROBIN" });
    expect(history).toHaveLength(300);
    expect(new Set(history.map((row) => row.lead.id)).size).toBe(300);
  });

  it("routes a batch of new leads in one unit of work with one read of the team's reps, evenly", async () => {
    const em = server.em();
    const organization = users.manager!.organization.id;
    const rule = await createSourceRule(em, "Batch", "batch-test", 50);
    const routing = new RoutingService(em, organization);
    const leads = Array.from({ length: 60 }, (_, i) =>
      em.create(Lead, { organization, lastName: `Batch ${i}`, source: "batch-test" }),
    );
    const tickets = await routing.takeTickets(leads);
    // Every statement any layer sends goes through pg's Client#query.
    const statements = vi.spyOn(pg.Client.prototype, "query");
    const decisions = await routing.routeNewLeads(
      leads.map((lead, i) => ({ lead, ticket: tickets[i] ?? null })),
    );
    const sent = statements.mock.calls.map(([query]) =>
      String(typeof query === "string" ? query : (query as { text: string }).text),
    );
    statements.mockRestore();
    await em.flush();
    try {
      const picks: Record<string, number> = {};
      for (const decision of decisions) picks[decision!.userId!] = (picks[decision!.userId!] ?? 0) + 1;
      expect(Object.values(picks)).toEqual([10, 10, 10, 10, 10, 10]);
      expect(decisions.every((decision) => decision?.rule.id === rule.id)).toBe(true);
      // The reps (with their load) are read once for the batch, not once per lead.
      expect(sent.filter((text) => /join app_user u on u\.id = m\.user_id/.test(text))).toHaveLength(1);
    } finally {
      await em.nativeDelete(Lead, { source: "batch-test" });
      await em.nativeDelete(AssignmentRule, { id: rule.id });
    }
  });

  it("keeps a rule that a batch routes with until the batch commits: a deletion waits, then unlinks", async () => {
    const organization = users.manager!.organization.id;
    const em = server.em();
    const rule = await createSourceRule(em, "Doomed", "doomed-test", 60);
    const draft = em.create(
      Lead,
      { organization, lastName: "Doomed", source: "doomed-test" },
      { persist: false },
    );
    // As capture does: the turn is taken (and committed) before the batch's transaction.
    const [ticket] = await new RoutingService(em, organization).takeTickets([draft]);
    const deleteRule = (db = server.em().getKysely()) =>
      sql`delete from assignment_rule where id = ${rule.id}`.execute(db);
    try {
      await server.em().transactional(async (tx) => {
        const lead = tx.create(Lead, { organization, lastName: "Doomed", source: "doomed-test" });
        const [decision] = await new RoutingService(tx, organization).routeNewLeads([
          { lead, ticket: ticket ?? null },
        ]);
        expect(decision?.rule.id).toBe(rule.id);
        const attempt = await server
          .em()
          .transactional(async (other) => {
            await sql`set local lock_timeout = '300ms'`.execute(other.getKysely());
            await deleteRule(other.getKysely());
          })
          .then(
            () => "deleted",
            (error: Error) => error.message,
          );
        expect(attempt).toMatch(/lock timeout/);
      });
      await deleteRule();
      const history = await server
        .em()
        .findOneOrFail(LeadAssignment, { lead: { lastName: "Doomed" } }, { populate: ["rule"] });
      expect(history.rule).toBeNull();
    } finally {
      await server.em().nativeDelete(Lead, { source: "doomed-test" });
      await server.em().nativeDelete(AssignmentRule, { id: rule.id });
    }
  });

  it("skips reps who are away or at their daily capacity", async () => {
    const away = await graphql(
      server.url,
      UPDATE_PROFILE,
      { input: { userId: users.rep1!.id, available: false } },
      tokens.rep1,
    );
    expect(away.data!.updateSalesProfile.profile.available).toBe(false);
    // A rep may not change their own capacity, nor anyone else's availability.
    expect(
      errorCode(
        await graphql(
          server.url,
          UPDATE_PROFILE,
          { input: { userId: users.rep1!.id, maxLeadsPerDay: 99 } },
          tokens.rep1,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      errorCode(
        await graphql(
          server.url,
          UPDATE_PROFILE,
          { input: { userId: users.rep2!.id, available: false } },
          tokens.rep1,
        ),
      ),
    ).toBe("FORBIDDEN");
    await graphql(
      server.url,
      UPDATE_PROFILE,
      { input: { userId: users.rep2!.id, maxLeadsPerDay: 50 } },
      tokens.manager,
    );
    for (let i = 0; i < 8; i++) await createLead({ lastName: `Later ${i}` });
    expect(await ownerCounts()).toEqual({ rep1: 50, rep2: 50, rep3: 52, rep4: 52, rep5: 52, rep6: 52 });
    await graphql(
      server.url,
      UPDATE_PROFILE,
      { input: { userId: users.rep1!.id, available: true } },
      tokens.rep1,
    );
    await graphql(
      server.url,
      UPDATE_PROFILE,
      { input: { userId: users.rep2!.id, maxLeadsPerDay: null } },
      tokens.manager,
    );
  });
});

describe("rule order and strategies", () => {
  it("sends grade A leads from Germany to the senior rep (SCORE_BAND), others on to round robin", async () => {
    await graphql(
      server.url,
      UPDATE_PROFILE,
      { input: { userId: users.rep6!.id, seniority: "SENIOR" } },
      tokens.manager,
    );
    await graphql(
      server.url,
      CREATE_RULE,
      {
        input: {
          name: "DACH hot",
          strategy: "SCORE_BAND",
          teamId: inbound.id,
          priority: 10,
          conditions: [{ field: "country", operator: "IN", value: ["DE", "AT", "CH"] }],
        },
      },
      tokens.manager,
    );
    for (let i = 0; i < 3; i++) {
      const lead = await createLead({ ...HOT_LEAD, email: `vp${i}@hot.example` });
      expect(lead).toMatchObject({ grade: "A", assignedTo: { email: "rep6@acme.test" } });
    }
    const history = await server
      .em()
      .findOneOrFail(LeadAssignment, { type: "AUTO_SCORE" }, { populate: ["rule"] });
    expect(history.rule!.name).toBe("DACH hot");
    expect(history.reason).toContain("DACH hot");
    const elsewhere = await createLead({ lastName: "Elsewhere", country: "FR" });
    expect(elsewhere.assignedTo).not.toBeNull();
  });

  it("tells which rule and rep would win, without taking a turn", async () => {
    const query = `query($input: TestAssignmentInput!) { testAssignment(input: $input) { rule { name } user { email } type reason } }`;
    const first = await graphql(
      server.url,
      query,
      { input: { lead: { lastName: "What if", country: "US" } } },
      tokens.manager,
    );
    const second = await graphql(
      server.url,
      query,
      { input: { lead: { lastName: "What if", country: "US" } } },
      tokens.manager,
    );
    expect(first.data!.testAssignment).toMatchObject({
      rule: { name: "Everyone" },
      type: "AUTO_ROUND_ROBIN",
    });
    expect(second.data!.testAssignment).toEqual(first.data!.testAssignment);
    expect(await server.em().count(Lead, { lastName: "What if" })).toBe(0);
    expect(errorCode(await graphql(server.url, query, { input: { lead: {} } }, tokens.rep1))).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses rules that could not work, naming the field", async () => {
    const bad = async (input: Record<string, unknown>) =>
      (await graphql(server.url, CREATE_RULE, { input: { name: "Bad", ...input } }, tokens.manager))
        .errors?.[0]?.extensions;
    expect(await bad({ strategy: "SPECIFIC_USER" })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "userId",
    });
    expect(await bad({ strategy: "ROUND_ROBIN" })).toMatchObject({ code: "BAD_USER_INPUT", field: "teamId" });
    expect(
      await bad({
        strategy: "ROUND_ROBIN",
        teamId: inbound.id,
        conditions: [{ field: "employees", operator: "GREATER_THAN", value: "many" }],
      }),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "conditions.0.value" });
    expect(
      errorCode(
        await graphql(
          server.url,
          CREATE_RULE,
          { input: { name: "x", strategy: "ROUND_ROBIN", teamId: inbound.id } },
          tokens.rep1,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(await server.em().count(AssignmentRule, { name: "Bad" })).toBe(0);
  });
});

describe("queues, claims and manual assignment", () => {
  let queued: string;

  it("leaves a lead in the team queue when the team takes leads by claim", async () => {
    await graphql(
      server.url,
      CREATE_RULE,
      {
        input: {
          name: "Claims",
          strategy: "ROUND_ROBIN",
          teamId: outbound.id,
          priority: 20,
          conditions: [{ field: "source", operator: "EQUALS", value: "fair" }],
        },
      },
      tokens.manager,
    );
    const lead = await createLead({ lastName: "Fair visitor", source: "fair" });
    expect(lead.assignedTo).toBeNull();
    queued = lead.id;
    const read = await graphql(
      server.url,
      `
        query ($id: ID!) {
          lead(id: $id) {
            queueTeam {
              name
            }
          }
        }
      `,
      { id: queued },
      tokens.manager,
    );
    expect(read.data!.lead.queueTeam).toEqual({ name: "Queue only" });
  });

  it("lets one of two reps claiming at once win; the other gets CONFLICT; outsiders may not claim", async () => {
    const claim =
      "mutation($id: ID!) { claimLead(input: { leadId: $id }) { lead { assignedTo { email } } } }";
    expect(errorCode(await graphql(server.url, claim, { id: queued }, tokens.rep3))).toBe("FORBIDDEN");
    const [a, b] = await Promise.all([
      graphql(server.url, claim, { id: queued }, tokens.rep1),
      graphql(server.url, claim, { id: queued }, tokens.rep2),
    ]);
    const winners = [a, b].filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect([a, b].map(errorCode).filter(Boolean)).toEqual(["CONFLICT"]);
    expect(await server.em().count(LeadAssignment, { lead: queued, type: "CLAIM" })).toBe(1);
  });

  it("lets managers reassign with a reason, recorded in the lead's history; members and other organisations may not", async () => {
    const assign =
      "mutation($input: AssignLeadInput!) { assignLead(input: $input) { lead { assignedTo { email } } } }";
    const input = { leadId: queued, userId: users.rep5!.id, reason: "Speaks German" };
    expect(errorCode(await graphql(server.url, assign, { input }, tokens.rep1))).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, assign, { input }, tokens.globex))).toBe("NOT_FOUND");
    expect(
      (await graphql(server.url, assign, { input: { ...input, reason: " " } }, tokens.manager)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ field: "reason" });
    const done = await graphql(server.url, assign, { input }, tokens.manager);
    expect(done.data!.assignLead.lead.assignedTo).toEqual({ email: "rep5@acme.test" });
    const history = await graphql(
      server.url,
      `
        query ($id: ID!) {
          lead(id: $id) {
            assignmentHistory {
              edges {
                node {
                  type
                  reason
                  toUser {
                    email
                  }
                  assignedBy {
                    email
                  }
                }
              }
            }
          }
        }
      `,
      { id: queued },
      tokens.manager,
    );
    expect(history.data!.lead.assignmentHistory.edges.map((e: any) => e.node)).toEqual([
      {
        type: "MANUAL",
        reason: "Speaks German",
        toUser: { email: "rep5@acme.test" },
        assignedBy: { email: "manager@acme.test" },
      },
      expect.objectContaining({ type: "CLAIM" }),
    ]);
  });
});
