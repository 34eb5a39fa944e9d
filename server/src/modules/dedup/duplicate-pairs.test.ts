import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql } from "../../../test/graphql-client.js";
import { appJobServices, runningJob } from "../../../test/job-services.js";
import {
  checkEveryOrganization,
  checkOrganizationDuplicates,
  checkPendingDuplicates,
  countUncheckedLeads,
  duplicateCheckJob,
  lookUpPairs,
  storeCheckedPairs,
} from "./duplicate-pairs.js";

const CLUSTERS = `{ duplicateClusters(first: 100) { edges { node { reasons leads { id } } } uncheckedLeads } }`;

let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;

beforeAll(async () => {
  // No job worker here: the every-minute check would take leads from under the report's and the tests' own.
  server = await startTestApp({ env: { JOB_WORKERS: "0" } });
  ({ acme, tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER }));
});
afterAll(() => server.close());

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await graphql(server.url, query, variables, tokens.manager);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

const createLead = async (input: Record<string, unknown>): Promise<string> =>
  (await ok("mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }", { input }))
    .createLead.lead.id;

const updateLead = (input: Record<string, unknown>) =>
  ok("mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }", { input });

/** The clusters holding `id`, as sorted id lists with their reasons, and the backlog. */
async function clustersWith(id: string) {
  const data = await ok(CLUSTERS);
  const clusters = data.duplicateClusters.edges
    .map((edge: any) => edge.node)
    .filter((node: any) => node.leads.some((lead: any) => lead.id === id))
    .map((node: any) => ({ ids: node.leads.map((lead: any) => lead.id).sort(), reasons: node.reasons }));
  return { clusters, backlog: data.duplicateClusters.uncheckedLeads as number };
}

describe("stored duplicate pairs", () => {
  it("follow a lead's changes: a new email, a new phone, a deletion", async () => {
    const ada = await createLead({ firstName: "Ada", lastName: "Byron", email: "ada@engine.example" });
    const twin = await createLead({ firstName: "Augusta", lastName: "King", email: "ADA@engine.example " });
    expect((await clustersWith(ada)).clusters).toEqual([{ ids: [ada, twin].sort(), reasons: ["EMAIL"] }]);

    await updateLead({ id: twin, email: "augusta@elsewhere.example" });
    expect((await clustersWith(ada)).clusters).toEqual([]);

    // The phone is not part of the search text, yet a new phone is checked again too.
    await updateLead({ id: ada, phone: "+44 20 7946 0001" });
    await updateLead({ id: twin, phone: "+442079460001" });
    expect((await clustersWith(ada)).clusters).toEqual([{ ids: [ada, twin].sort(), reasons: ["PHONE"] }]);

    await ok("mutation($id: ID!) { deleteLead(id: $id) { id } }", { id: twin });
    expect((await clustersWith(ada)).clusters).toEqual([]);
  });

  it("are looked up by the report for up to 1,000 leads and by the job for a larger backlog", async () => {
    const db = server.em().getKysely();
    // 1,300 unrelated leads, then two that match, with ids that sort after all of them (checked last).
    await sql`insert into lead (id, organization_id, first_name, last_name, company, email)
      select gen_random_uuid(), ${acme.organization.id}, 'Bulk' || i, 'Person' || i, 'Firm ' || i, 'bulk' || i || '@many.example'
      from generate_series(1, 1300) as i`.execute(db);
    const [early, late] = ["ffffffff-ffff-7fff-bfff-000000000001", "ffffffff-ffff-7fff-bfff-000000000002"];
    await sql`insert into lead (id, organization_id, first_name, last_name, company)
      values (${early}, ${acme.organization.id}, 'Grace', 'Hopper', 'Navy Labs'),
             (${late}, ${acme.organization.id}, 'Grace', 'Hoper', 'Navy Labs')`.execute(db);

    // More than 1,000 unchecked: the report leaves them to the job and says how many there are.
    const before = await clustersWith(early);
    expect(before.clusters).toEqual([]);
    expect(before.backlog).toBe(1302);

    // With no budget (DUPLICATE_CHECK_SECONDS_PER_MINUTE=0) the job leaves them to the report.
    const services = appJobServices(server);
    await duplicateCheckJob.run(
      {},
      { ...services, config: { ...services.config, duplicateCheckSecondsPerMinute: 0 } },
      runningJob("idle"),
    );
    // Counted directly: the report would check the rest itself.
    expect(await countUncheckedLeads(server.em(), acme.organization.id)).toBe(1302);
    // Stopped (the instance shuts down) during its first pause, the job ends there: one batch checked.
    const stopping = new AbortController();
    const stoppedRun = duplicateCheckJob.run(
      {},
      { ...services, config: { ...services.config, duplicateCheckSecondsPerMinute: 1 } },
      runningJob("stopped", stopping.signal),
    );
    while ((await countUncheckedLeads(server.em(), acme.organization.id)) === 1302)
      await new Promise((resolve) => setTimeout(resolve, 20));
    stopping.abort();
    await stoppedRun;
    expect(await countUncheckedLeads(server.em(), acme.organization.id)).toBe(1302 - 25);
    // The largest budget, so that the job's pauses between batches are short here.
    await duplicateCheckJob.run(
      {},
      { ...services, config: { ...services.config, duplicateCheckSecondsPerMinute: 50 } },
      runningJob("check"),
    );
    expect(await countUncheckedLeads(server.em(), acme.organization.id)).toBe(0);
    const after = await clustersWith(early);
    expect(after.clusters).toEqual([{ ids: [early, late], reasons: ["NAME_COMPANY"] }]);
    await sql`delete from lead where email like '%@many.example' or id in (${early}, ${late})`.execute(db);
  });

  it("are checked by one checker at a time per organisation, each lead once, no pair lost", async () => {
    const db = server.em().getKysely();
    await sql`insert into lead (id, organization_id, first_name, last_name, email)
      select gen_random_uuid(), ${acme.organization.id}, 'Pair' || (i / 2), 'Member', 'pair' || (i / 2) || '@twins.example'
      from generate_series(0, 399) as i`.execute(db);
    const orm = server.app.database.orm;
    const checked = await Promise.all(
      [0, 1, 2].map(async () => {
        let total = 0;
        for (let batch; (batch = await checkPendingDuplicates(orm.em.fork(), acme.organization.id, 50)) > 0;)
          total += batch;
        return total;
      }),
    );
    expect(checked.reduce((a, b) => a + b, 0)).toBe(400);
    const { rows: unchecked } = await sql<{ count: string }>`
      select count(*) from lead_search where not duplicates_checked`.execute(db);
    expect(Number(unchecked[0]!.count)).toBe(0);
    const { rows } = await sql<{ count: string }>`
      select count(*) from lead_duplicate_pair p join lead l on l.id = p.lead_id
      where l.email like '%@twins.example' and p.reason = 'EMAIL'`.execute(db);
    expect(Number(rows[0]!.count)).toBe(200);
    await sql`delete from lead where email like '%@twins.example'`.execute(db);
  });

  it("keep only what still holds when written: a lead edited or locked during its lookups stays unchecked", async () => {
    const orm = server.app.database.orm;
    const db = server.em().getKysely();
    const org = acme.organization.id;
    const lead = (first: string, email: string) =>
      createLead({ firstName: first, lastName: "Racer", email, company: `${first} Works` });
    const [a, b] = [await lead("Alma", "same@race.example"), await lead("Bert", "same@race.example")];
    const [c, d] = [await lead("Cleo", "other@race.example"), await lead("Dora", "other@race.example")];
    const snapshot = async () =>
      (
        await sql<{ id: string; email: string; phone: null; name: string }>`
          select l.id, l.email, l.phone, s.dedup_name as name from lead l join lead_search s on s.lead_id = l.id
          where l.email like '%@race.example' and not s.duplicates_checked order by l.id`.execute(db)
      ).rows;
    const pending = await snapshot();
    expect(pending.map((row) => row.id).sort()).toEqual([a, b, c, d].sort());
    const looked = await orm.em.fork().transactional((tx) => lookUpPairs(tx, org, pending));
    expect(looked.pairs).toHaveLength(2);

    // Meanwhile B gets another email, and somebody holds D's row (an edit in progress).
    await updateLead({ id: b, email: "bert@race.example" });
    let releaseD!: () => void;
    const dReleased = new Promise<void>((resolve) => (releaseD = resolve));
    let dLocked!: () => void;
    const dIsLocked = new Promise<void>((resolve) => (dLocked = resolve));
    const holder = orm.em.fork().transactional(async (tx) => {
      await sql`select 1 from lead_search where lead_id = ${d} for update`.execute(tx.getKysely());
      dLocked();
      await dReleased;
    });
    await dIsLocked;
    const stored = await orm.em
      .fork()
      .transactional((tx) => storeCheckedPairs(tx, org, pending, looked.pairs, looked.seen));
    releaseD();
    await holder;

    // A is done without its pair with B (B changed); C waits for D, which is locked; nothing waited.
    expect(stored).toBe(1);
    const { rows } = await sql<{ id: string; checked: boolean }>`
      select lead_id as id, duplicates_checked as checked from lead_search where lead_id in (${a}, ${b}, ${c}, ${d})`.execute(
      db,
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.checked]))).toEqual({
      [a]: true,
      [b]: false,
      [c]: false,
      [d]: false,
    });
    const pairs =
      await sql`select 1 from lead_duplicate_pair where lead_id in (${a}, ${b}, ${c}, ${d})`.execute(db);
    expect(pairs.rows).toHaveLength(0);

    // The next check finds what is true now: C and D match, B no longer matches A.
    await checkOrganizationDuplicates(server.em(), org, 100);
    expect((await clustersWith(c)).clusters).toEqual([{ ids: [c, d].sort(), reasons: ["EMAIL"] }]);
    expect((await clustersWith(a)).clusters).toEqual([]);
  });

  it("are all checked by the report and the demo loader even while the job is on the organisation", async () => {
    const db = server.em().getKysely();
    const insert = (label: string) =>
      sql`insert into lead (id, organization_id, first_name, last_name, email)
        select gen_random_uuid(), ${acme.organization.id}, ${label} || i, 'Waiting', ${label} || i || '@wait.example'
        from generate_series(1, 30) as i`.execute(db);
    // Another checker (the job, on another connection) holds the organisation's turn for a moment.
    const holdTurn = () =>
      server.app.database.orm.em.fork().transactional(async (tx) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${`dedup.check:${acme.organization.id}`}, 0))`.execute(
          tx.getKysely(),
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
    await insert("report");
    const held = holdTurn();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await checkOrganizationDuplicates(server.em(), acme.organization.id, 1_000);
    await held;
    expect(await countUncheckedLeads(server.em(), acme.organization.id)).toBe(0);
    await insert("demo");
    const heldAgain = holdTurn();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await checkEveryOrganization(server.em());
    await heldAgain;
    expect(await countUncheckedLeads(server.em(), acme.organization.id)).toBe(0);
    await sql`delete from lead where email like '%@wait.example'`.execute(db);
  });

  it("take every organisation's backlog in turn, a batch each", async () => {
    const db = server.em().getKysely();
    const { rows } = await sql<{ id: string; slug: string }>`select id, slug from organization`.execute(db);
    const orgId = (slug: string) => rows.find((row) => row.slug === slug)!.id;
    const insert = (organizationId: string, count: number) =>
      sql`insert into lead (id, organization_id, first_name, last_name, email)
        select gen_random_uuid(), ${organizationId}, 'Turn' || i, 'Taker' || i, 'turn' || i || '@turns.example'
        from generate_series(1, ${count}) as i`.execute(db);
    await insert(orgId("acme"), 100);
    await insert(orgId("globex"), 5);
    const unchecked: Record<string, number>[] = [];
    await checkEveryOrganization(server.em(), {
      deadline: Infinity,
      batchSize: 25,
      waitForOtherCheckers: false,
      afterBatch: async () => {
        unchecked.push({
          acme: await countUncheckedLeads(server.em(), orgId("acme")),
          globex: await countUncheckedLeads(server.em(), orgId("globex")),
        });
      },
    });
    expect(unchecked.slice(0, 3)).toEqual([
      { acme: 75, globex: 5 },
      { acme: 75, globex: 0 },
      { acme: 50, globex: 0 },
    ]);
    expect(unchecked.at(-1)).toEqual({ acme: 0, globex: 0 });
    await sql`delete from lead where email like '%@turns.example'`.execute(db);
  });
});
