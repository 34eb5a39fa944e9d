import { randomUUID } from "node:crypto";
import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, subscribe } from "../../../test/graphql-client.js";
import { Lead } from "../leads/lead.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { LeadAssignment } from "./routing.entities.js";

const BULK = "mutation($input: BulkAssignLeadsInput!) { bulkAssignLeads(input: $input) { assigned } }";

let server: TestApp;
let tokens: Record<string, string>;
let users: Record<string, User>;
let team: Team;
let leadIds: string[];

beforeAll(async () => {
  server = await startTestApp();
  const seeded = await seedAcmeAndGlobex(server, {
    manager: Role.MANAGER,
    rep1: Role.MEMBER,
    rep2: Role.MEMBER,
  });
  ({ tokens } = seeded);
  users = seeded.acme.users;
  const em = server.em();
  team = em.create(Team, { organization: seeded.acme.organization.id, name: "Team" });
  team.members.set([users.rep1!, users.rep2!].map((u) => em.getReference(User, u.id)));
  await em.flush();
  const { rows } = await sql<{ id: string }>`
    insert into lead (id, organization_id, last_name)
    select gen_random_uuid(), ${seeded.acme.organization.id}, 'Bulk ' || n from generate_series(1, 1000) n
    returning id`.execute(em.getKysely());
  leadIds = rows.map((row) => row.id);
});
afterAll(() => server.close());

describe("bulk assignment", () => {
  it("moves 1,000 leads in one go, with a history row each, and tells the rep live", async () => {
    const events = await subscribe(
      server,
      tokens.rep1,
      "subscription { leadAssigned(toMe: true) { lead { id } toUser { email } type } }",
    );
    const others = await subscribe(
      server,
      tokens.rep2,
      "subscription { leadAssigned(toMe: true) { lead { id } } }",
    );
    const result = await graphql(
      server.url,
      BULK,
      { input: { leadIds, userId: users.rep1!.id, reason: "Territory change" } },
      tokens.manager,
    );
    expect(result.data!.bulkAssignLeads.assigned).toBe(1000);
    expect(await server.em().count(Lead, { assignedTo: users.rep1!.id })).toBe(1000);
    expect(
      await server
        .em()
        .count(LeadAssignment, { toUser: users.rep1!.id, type: "MANUAL", reason: "Territory change" }),
    ).toBe(1000);
    expect((await events.next()).leadAssigned).toMatchObject({
      toUser: { email: "rep1@acme.test" },
      type: "MANUAL",
    });
    await others.expectSilence(300);
    await Promise.all([events.close(), others.close()]);

    // Again: nothing moves, nothing is recorded twice.
    const again = await graphql(
      server.url,
      BULK,
      { input: { leadIds, userId: users.rep1!.id, reason: "Again" } },
      tokens.manager,
    );
    expect(again.data!.bulkAssignLeads.assigned).toBe(0);
  });

  it("refuses the whole batch when a lead is not the organisation's, or the rep lacks room today", async () => {
    const foreign = await graphql(
      server.url,
      'mutation { createLead(input: { lastName: "Globex lead" }) { lead { id } } }',
      {},
      tokens.globex,
    );
    const input = {
      leadIds: [...leadIds.slice(0, 10), foreign.data!.createLead.lead.id],
      userId: users.rep2!.id,
      reason: "Mix",
    };
    expect(
      (await graphql(server.url, BULK, { input }, tokens.manager)).errors?.[0]?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "leadIds" });
    expect(await server.em().count(Lead, { assignedTo: users.rep2!.id })).toBe(0);

    await graphql(
      server.url,
      "mutation($id: ID!) { updateSalesProfile(input: { userId: $id, maxLeadsPerDay: 5 }) { profile { maxLeadsPerDay } } }",
      { id: users.rep2!.id },
      tokens.manager,
    );
    const tooMany = await graphql(
      server.url,
      BULK,
      { input: { leadIds: leadIds.slice(0, 6), userId: users.rep2!.id, reason: "Too many" } },
      tokens.manager,
    );
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
    expect(tooMany.errors?.[0]?.message).toContain("room for 5");
    expect(await server.em().count(Lead, { assignedTo: users.rep2!.id })).toBe(0);
    expect(
      errorCode(
        await graphql(
          server.url,
          BULK,
          { input: { leadIds: leadIds.slice(0, 1), userId: users.rep2!.id, reason: "x" } },
          tokens.rep1,
        ),
      ),
    ).toBe("FORBIDDEN");
    const over = Array.from({ length: 1001 }, () => randomUUID());
    expect(
      (
        await graphql(
          server.url,
          BULK,
          { input: { leadIds: over, userId: users.rep2!.id, reason: "x" } },
          tokens.manager,
        )
      ).errors?.[0]?.extensions?.field,
    ).toBe("leadIds");
  });

  it("shows each rep's load to managers", async () => {
    const query = `query($id: ID!) { teamWorkload(teamId: $id) { queued reps { user { email } openLeads assignedToday capacity available } } }`;
    const workload = await graphql(server.url, query, { id: team.id }, tokens.manager);
    const reps = Object.fromEntries(workload.data!.teamWorkload.reps.map((r: any) => [r.user.email, r]));
    expect(reps["rep1@acme.test"]).toMatchObject({
      openLeads: 1000,
      assignedToday: 1000,
      capacity: null,
      available: true,
    });
    expect(reps["rep2@acme.test"]).toMatchObject({ openLeads: 0, assignedToday: 0, capacity: 5 });
    expect(errorCode(await graphql(server.url, query, { id: team.id }, tokens.rep1))).toBe("FORBIDDEN");
    expect(errorCode(await graphql(server.url, query, { id: team.id }, tokens.globex))).toBe("NOT_FOUND");
  });
});
