import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql, subscribe } from "../../../test/graphql-client.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";

const REP_FIELDS =
  "user { email } openLeads assignedToday capacity slaMetPercent slaBreaches medianFirstContactMinutes averageFirstContactMinutes";
const WATCH = (teamId: string) =>
  `subscription { workloadChanged(teamId: "${teamId}") { queued reps { ${REP_FIELDS} } } }`;

let server: TestApp;
let tokens: Record<string, string>;
let users: Record<string, User>;
let team: Team;
let organizationId: string;

const ok = async (query: string, variables: Record<string, unknown>, token = tokens.manager) => {
  const response = await graphql(server.url, query, variables, token);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
};
type Rep = { user: { email: string }; openLeads: number; capacity: number | null } & Record<string, unknown>;
const rep = (event: Record<string, any>, name: string): Rep =>
  (event.workloadChanged.reps as Rep[]).find((row) => row.user.email === `${name}@acme.test`)!;
const createLead = async (lastName: string, assignedToId: string) =>
  (
    await ok("mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }", {
      input: { lastName, assignedToId },
    })
  ).createLead.lead.id as string;

beforeAll(async () => {
  server = await startTestApp();
  const seeded = await seedAcmeAndGlobex(server, {
    manager: Role.MANAGER,
    rep1: Role.MEMBER,
    rep2: Role.MEMBER,
  });
  tokens = seeded.tokens;
  users = seeded.acme.users;
  organizationId = seeded.acme.organization.id;
  const em = server.em();
  team = em.create(Team, { organization: organizationId, name: "Inbound" });
  team.members.set([users.rep1!, users.rep2!].map((u) => em.getReference(User, u.id)));
  await em.flush();
});
afterAll(() => server.close());

describe("workloadChanged", () => {
  it("sends the team's fresh figures after assignments, a closed lead and a capacity change", async () => {
    const watch = await subscribe(server, tokens.manager, WATCH(team.id));
    const leadId = await createLead("First", users.rep1!.id);
    expect(rep(await watch.next(), "rep1").openLeads).toBe(1);

    await ok("mutation($input: AssignLeadInput!) { assignLead(input: $input) { lead { id } } }", {
      input: { leadId, userId: users.rep2!.id, reason: "Rebalance" },
    });
    const reassigned = await watch.next();
    expect([rep(reassigned, "rep1").openLeads, rep(reassigned, "rep2").openLeads]).toEqual([0, 1]);

    await ok("mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }", {
      input: { id: leadId, status: "LOST", lostReason: "NO_BUDGET" },
    });
    expect(rep(await watch.next(), "rep2").openLeads).toBe(0);

    await ok(
      "mutation($input: UpdateSalesProfileInput!) { updateSalesProfile(input: $input) { profile { maxLeadsPerDay } } }",
      {
        input: { userId: users.rep2!.id, maxLeadsPerDay: 7 },
      },
    );
    expect(rep(await watch.next(), "rep2").capacity).toBe(7);
    await watch.close();
  });

  it("tells the team a lead leaves the queue of, when a manager gives it to someone outside the team", async () => {
    const db = server.em().getKysely();
    const queuedLead = async (lastName: string) =>
      (
        await sql<{ id: string }>`
          insert into lead (id, organization_id, last_name, queue_team_id)
          values (gen_random_uuid(), ${organizationId}::uuid, ${lastName}, ${team.id}::uuid) returning id`.execute(
          db,
        )
      ).rows[0]!.id;
    const [one, two] = [await queuedLead("Queued one"), await queuedLead("Queued two")];
    const watch = await subscribe(server, tokens.manager, WATCH(team.id));
    // The manager is in no team: only the queue's team can learn of it.
    await ok("mutation($input: AssignLeadInput!) { assignLead(input: $input) { lead { id } } }", {
      input: { leadId: one, userId: users.manager!.id, reason: "Manager takes it" },
    });
    expect((await watch.next()).workloadChanged.queued).toBe(1);
    await ok("mutation($input: BulkAssignLeadsInput!) { bulkAssignLeads(input: $input) { assigned } }", {
      input: { leadIds: [two], userId: users.manager!.id, reason: "Manager takes it" },
    });
    expect((await watch.next()).workloadChanged.queued).toBe(0);
    await watch.close();
  });

  it("is for managers of the viewer's organisation only", async () => {
    const member = await subscribe(server, tokens.rep1, WATCH(team.id));
    expect(await member.next()).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    await member.close();
    const outsider = await subscribe(server, tokens.globex, WATCH(team.id));
    await createLead("Second", users.rep1!.id);
    await outsider.expectSilence(500);
    await outsider.close();
  });
});

describe("teamWorkload SLA figures", () => {
  it("give per rep the median minutes to first contact and the breaches, next to SLA met %", async () => {
    const db = server.em().getKysely();
    await sql`delete from lead where organization_id = ${organizationId}`.execute(db);
    // rep1: contacted after 10, 20 and 90 minutes against a 30-minute deadline; one overdue, never contacted.
    await sql`
      insert into lead (id, organization_id, last_name, assigned_to_id, created_at, sla_due_at, first_contacted_at)
      select gen_random_uuid(), ${organizationId}::uuid, 'SLA', ${users.rep1!.id}::uuid, now() - interval '2 hours',
        now() - interval '90 minutes', now() - interval '2 hours' + make_interval(mins => m)
      from unnest(array[10, 20, 90]) as m
      union all
      select gen_random_uuid(), ${organizationId}::uuid, 'Late', ${users.rep1!.id}::uuid, now() - interval '2 hours',
        now() - interval '90 minutes', null`.execute(db);
    const { teamWorkload } = await ok(
      `query($id: ID!) { teamWorkload(teamId: $id) { reps { ${REP_FIELDS} } } }`,
      {
        id: team.id,
      },
    );
    const rep1 = teamWorkload.reps.find((row: Rep) => row.user.email === "rep1@acme.test");
    expect(rep1).toMatchObject({
      slaMetPercent: 50,
      slaBreaches: 2,
      medianFirstContactMinutes: 20,
      averageFirstContactMinutes: 40,
    });
    const rep2 = teamWorkload.reps.find((row: Rep) => row.user.email === "rep2@acme.test");
    expect(rep2).toMatchObject({ slaMetPercent: null, slaBreaches: 0, medianFirstContactMinutes: null });
  });
});
