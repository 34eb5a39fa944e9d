import { Role, type ColumnMapping } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql } from "../../../test/graphql-client.js";
import { Lead } from "../leads/lead.entity.js";
import { Notification } from "../notifications/notification.entity.js";
import { AssignmentRule, LeadAssignment } from "../routing/routing.entities.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { ImportJob, ImportJobStatus } from "./import-job.entity.js";
import { runImport } from "./import-runner.js";

const START = `mutation($input: StartImportInput!) { startImport(input: $input) { job { id status } } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { status created updated skipped failed } }`;
const MAPPING: ColumnMapping[] = [
  { index: 0, header: "email", target: "email" },
  { index: 1, header: "last name", target: "lastName" },
];
const REPS = ["rep1", "rep2", "rep3"];

let server: TestApp;
let tokens: Record<string, string>;
let users: Record<string, User>;
let acmeId: string;
let rule: AssignmentRule;

beforeAll(async () => {
  server = await startTestApp();
  const seeded = await seedAcmeAndGlobex(server, {
    manager: Role.MANAGER,
    ...Object.fromEntries(REPS.map((rep) => [rep, Role.MEMBER])),
  });
  ({ tokens } = seeded);
  users = seeded.acme.users;
  acmeId = seeded.acme.organization.id;
  const em = server.em();
  const team = em.create(Team, { organization: acmeId, name: "Inbound" });
  team.members.set(REPS.map((rep) => em.getReference(User, users[rep]!.id)));
  rule = em.create(AssignmentRule, {
    organization: acmeId,
    name: "Everyone",
    strategy: "ROUND_ROBIN",
    team,
  });
  await em.flush();
});
afterAll(() => server.close());

async function upload(rows: string[], token = tokens.manager): Promise<string> {
  const response = await fetch(`${server.url}/v1/api/imports?filename=routed.csv`, {
    method: "POST",
    headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
    body: ["email,last name", ...rows].join("\n"),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { import_job: { id: string } }).import_job.id;
}

/** Starts an import through the API and waits for it (the queue's worker runs it). */
async function importAndWait(id: string, input: Record<string, unknown> = {}, token = tokens.manager) {
  const started = await graphql(
    server.url,
    START,
    { input: { jobId: id, mapping: MAPPING, duplicatePolicy: "SKIP", ...input } },
    token,
  );
  expect(started.errors).toBeUndefined();
  for (let attempt = 0; attempt < 600; attempt++) {
    const job = (await graphql(server.url, JOB, { id }, token)).data!.importJob;
    if (!["QUEUED", "RUNNING"].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Leads of an import by owner key (`rep1`, ...; `none` for unassigned). */
async function ownersOf(jobId: string): Promise<Record<string, number>> {
  const leads = await server.em().find(Lead, { importJob: jobId });
  const keyOf = (id: string | undefined) =>
    Object.entries(users).find(([, user]) => user.id === id)?.[0] ?? "none";
  const counts: Record<string, number> = {};
  for (const lead of leads)
    counts[keyOf(lead.assignedTo?.id)] = (counts[keyOf(lead.assignedTo?.id)] ?? 0) + 1;
  return counts;
}

const rows = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}@example.com,${prefix} ${i}`);

describe("routing of imported leads", () => {
  it("gives new leads owners by the round-robin rule, evenly across batches, with history and one notice per rep", async () => {
    const id = await upload(rows("spread", 12));
    // Run here (not by the queue's worker) in batches of 5, so that turns carry over from batch to batch.
    await server.em().nativeUpdate(ImportJob, id, {
      status: ImportJobStatus.QUEUED,
      mapping: MAPPING,
      duplicatePolicy: "SKIP",
    });
    const job = await runImport(server.em(), id, { batchSize: 5, jobs: server.app.jobs });
    expect(job).toMatchObject({ status: "COMPLETED", created: 12 });
    expect(await ownersOf(id)).toEqual({ rep1: 4, rep2: 4, rep3: 4 });

    const leads = await server.em().find(Lead, { importJob: id });
    const history = await server.em().find(LeadAssignment, { lead: { importJob: id } });
    expect(history).toHaveLength(12);
    for (const lead of leads)
      expect(history.find((row) => row.lead.id === lead.id)).toMatchObject({
        toUser: { id: lead.assignedTo!.id },
        rule: { id: rule.id },
        type: "AUTO_ROUND_ROBIN",
        reason: expect.stringContaining("Everyone"),
      });
    // Three batches (5, 5, 2 rows): at most one notification per rep and batch, not one per lead.
    const notices = await server.em().find(Notification, { type: "LEAD_ASSIGNED", user: users.rep1!.id });
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.length).toBeLessThanOrEqual(3);
    expect(notices[0]!.title).toMatch(/imported leads? assigned to you/);
  });

  it("gives every new lead the import's explicit owner instead, and refuses an owner from elsewhere", async () => {
    const turnBefore = (await server.em().findOneOrFail(AssignmentRule, rule.id)).turn;
    const id = await upload(rows("owned", 4));
    const refused = await graphql(
      server.url,
      START,
      {
        input: {
          jobId: id,
          mapping: MAPPING,
          duplicatePolicy: "SKIP",
          defaults: { ownerId: "00000000-0000-7000-8000-000000000000" },
        },
      },
      tokens.manager,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "defaults.ownerId",
    });

    const job = await importAndWait(id, { defaults: { ownerId: users.rep2!.id, source: "fair" } });
    expect(job).toMatchObject({ status: "COMPLETED", created: 4 });
    expect(await ownersOf(id)).toEqual({ rep2: 4 });
    const lead = await server.em().findOneOrFail(Lead, { importJob: id, email: "owned0@example.com" });
    expect(lead.source).toBe("fair");
    const history = await server.em().find(LeadAssignment, { lead: { importJob: id } });
    expect(history.map((row) => [row.type, row.toUser?.id, row.assignedBy?.id, row.rule])).toEqual(
      Array(4).fill(["MANUAL", users.rep2!.id, users.manager!.id, null]),
    );
    // The rule was not consulted: its round-robin turn did not move.
    expect((await server.em().findOneOrFail(AssignmentRule, rule.id, { refresh: true })).turn).toBe(
      turnBefore,
    );
  });

  it("leaves duplicates updated by the import with their owner", async () => {
    const first = await upload(rows("again", 3));
    await importAndWait(first);
    const owners = await ownersOf(first);
    const assignments = await server.em().count(LeadAssignment, { lead: { importJob: first } });

    const second = await upload(rows("again", 3).map((row) => row.replace("again ", "Renamed ")));
    expect(await importAndWait(second, { duplicatePolicy: "UPDATE" })).toMatchObject({
      created: 0,
      updated: 3,
    });
    expect(await ownersOf(first)).toEqual(owners);
    expect(await server.em().count(LeadAssignment, { lead: { importJob: first } })).toBe(assignments);
    const renamed = await server.em().findOneOrFail(Lead, { email: "again0@example.com" });
    expect(renamed.lastName).toBe("Renamed 0");
  });

  it("leaves new leads unassigned in an organisation without assignment rules", async () => {
    const id = await upload(rows("norules", 3), tokens.globex);
    expect(await importAndWait(id, {}, tokens.globex)).toMatchObject({ status: "COMPLETED", created: 3 });
    const leads = await server.em().find(Lead, { importJob: id });
    expect(leads.map((lead) => [lead.assignedTo, lead.queueTeam])).toEqual(Array(3).fill([null, null]));
    expect(await server.em().count(LeadAssignment, { lead: { importJob: id } })).toBe(0);
  });
});
