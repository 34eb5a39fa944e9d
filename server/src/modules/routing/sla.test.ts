import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { appJobServices, runningJob } from "../../../test/job-services.js";
import { Notification } from "../notifications/notification.entity.js";
import { Lead } from "../leads/lead.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { LeadAssignment } from "./routing.entities.js";
import { slaSweepJob } from "./sla.service.js";

let server: TestApp;
let tokens: Record<string, string>;
let users: Record<string, User>;
let team: Team;

const create = async (lastName: string) =>
  (
    await graphql(
      server.url,
      "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id createdAt slaDueAt grade assignedTo { email } } } }",
      { input: { lastName } },
      tokens.manager,
    )
  ).data!.createLead.lead;

const overdue = (id: string) =>
  sql`update lead set sla_due_at = now() - interval '1 minute' where id = ${id}`.execute(
    server.em().getKysely(),
  );

const sweep = () => slaSweepJob.run({}, appJobServices(server), runningJob("sweep"));

beforeAll(async () => {
  server = await startTestApp();
  const seeded = await seedAcmeAndGlobex(server, {
    admin: Role.ADMIN,
    manager: Role.MANAGER,
    rep1: Role.MEMBER,
    rep2: Role.MEMBER,
  });
  ({ tokens } = seeded);
  users = seeded.acme.users;
  const em = server.em();
  team = em.create(Team, { organization: seeded.acme.organization.id, name: "Team", manager: users.manager });
  team.members.set([users.rep1!, users.rep2!].map((u) => em.getReference(User, u.id)));
  await em.flush();
  await graphql(
    server.url,
    'mutation($t: ID!) { createAssignmentRule(input: { name: "All", strategy: ROUND_ROBIN, teamId: $t }) { rule { id } } }',
    { t: team.id },
    tokens.manager,
  );
});
afterAll(() => server.close());

describe("first-contact SLA", () => {
  it("is set per grade by admins, with the defaults until then", async () => {
    const read = await graphql(
      server.url,
      "{ slaSettings { gradeAMinutes gradeBMinutes otherMinutes escalate } }",
      {},
      tokens.rep1,
    );
    expect(read.data!.slaSettings).toEqual({
      gradeAMinutes: 30,
      gradeBMinutes: 240,
      otherMinutes: 1440,
      escalate: false,
    });
    const update =
      "mutation($input: UpdateSlaSettingsInput!) { updateSlaSettings(input: $input) { otherMinutes escalate } }";
    expect(
      errorCode(await graphql(server.url, update, { input: { otherMinutes: 60 } }, tokens.manager)),
    ).toBe("FORBIDDEN");
    expect(
      (await graphql(server.url, update, { input: { otherMinutes: 0 } }, tokens.admin)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ field: "otherMinutes" });
    expect(
      (await graphql(server.url, update, { input: { otherMinutes: 60 } }, tokens.admin)).data!
        .updateSlaSettings,
    ).toEqual({ otherMinutes: 60, escalate: false });
    const lead = await create("Clocked");
    expect(lead.grade).toBe("D");
    expect(new Date(lead.slaDueAt).getTime() - new Date(lead.createdAt).getTime()).toBe(60 * 60_000);
  });

  it("flags a missed deadline once and tells the owner's manager; a contacted lead is not flagged", async () => {
    const missed = await create("Missed");
    const contacted = await create("Contacted");
    await graphql(
      server.url,
      "mutation($id: ID!) { updateLead(input: { id: $id, status: CONTACTED }) { lead { firstContactedAt } } }",
      { id: contacted.id },
      tokens.manager,
    );
    await overdue(missed.id);
    await overdue(contacted.id);
    await sweep();
    await sweep();
    const em = server.em();
    expect((await em.findOneOrFail(Lead, missed.id)).slaBreachedAt).not.toBeNull();
    expect((await em.findOneOrFail(Lead, contacted.id)).slaBreachedAt).toBeNull();
    const alerts = await em.find(Notification, { type: "SLA_BREACHED" });
    expect(alerts.map((n) => [n.user.id, n.lead?.id])).toEqual([[users.manager!.id, missed.id]]);
  });

  it("counts a logged call as the first contact", async () => {
    const lead = await create("Called");
    await graphql(
      server.url,
      'mutation($id: ID!) { logActivity(input: { leadId: $id, type: CALL, subject: "Intro" }) { activity { id } } }',
      { id: lead.id },
      tokens.manager,
    );
    const noted = await create("Noted");
    await graphql(
      server.url,
      'mutation($id: ID!) { logActivity(input: { leadId: $id, type: NOTE, body: "Looked them up" }) { activity { id } } }',
      { id: noted.id },
      tokens.manager,
    );
    const em = server.em();
    expect((await em.findOneOrFail(Lead, lead.id)).firstContactedAt).not.toBeNull();
    expect((await em.findOneOrFail(Lead, noted.id)).firstContactedAt).toBeNull();
  });

  it("escalates to another rep when the organisation asks for it", async () => {
    await graphql(
      server.url,
      "mutation { updateSlaSettings(input: { escalate: true }) { escalate } }",
      {},
      tokens.admin,
    );
    const lead = await create("Escalated");
    const owner = lead.assignedTo.email;
    await overdue(lead.id);
    await sweep();
    const em = server.em();
    const after = await em.findOneOrFail(Lead, lead.id, { populate: ["assignedTo"] });
    expect(after.assignedTo!.email).not.toBe(owner);
    const history = await em.findOneOrFail(LeadAssignment, { lead: lead.id, type: "ESCALATION" });
    expect(history.reason).toContain("First-contact deadline missed");
    expect(
      await em.count(Notification, { user: after.assignedTo!.id, title: { $like: "Escalated to you%" } }),
    ).toBe(1);
  });

  it("feeds each rep's SLA figures in the team workload", async () => {
    const workload = await graphql(
      server.url,
      "query($t: ID!) { teamWorkload(teamId: $t) { reps { user { email } slaMetPercent averageFirstContactMinutes } } }",
      { t: team.id },
      tokens.manager,
    );
    const reps = workload.data!.teamWorkload.reps;
    const judged = reps.filter((rep: any) => rep.slaMetPercent !== null);
    expect(judged.length).toBeGreaterThan(0);
    for (const rep of judged) expect(rep.slaMetPercent).toBeGreaterThanOrEqual(0);
    // "Called" was contacted in time; "Missed" and the back-dated ones were not.
    expect(judged.some((rep: any) => rep.slaMetPercent > 0)).toBe(true);
    expect(judged.some((rep: any) => rep.slaMetPercent < 100)).toBe(true);
    expect(
      reps.some((rep: any) => rep.averageFirstContactMinutes !== null && rep.averageFirstContactMinutes >= 0),
    ).toBe(true);
  });
});
