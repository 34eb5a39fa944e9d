import { duplicateKeys, Role, trigramSimilarity } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";
import { Lead } from "../leads/lead.entity.js";
import { candidateQuery, useCandidateThreshold } from "./duplicate-finder.js";

const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) {
  outcome lead { id email company jobTitle formSubmissions } duplicates { reason similarity lead { id } } } }`;
const FIND =
  "query($input: FindDuplicatesInput!) { findDuplicates(input: $input) { reason similarity lead { id } } }";
const CLUSTERS = `query($first: Int, $after: String) { duplicateClusters(first: $first, after: $after) {
  totalCount edges { node { id size reasons leads { id } } } pageInfo { hasNextPage endCursor } } }`;
const MERGE = `mutation($input: MergeLeadsInput!) { mergeLeads(input: $input) {
  merge { id masterId mergedLeadIds undoableUntil mergedBy { email } } master { id email jobTitle tags formSubmissions } } }`;
const UNDO = "mutation($id: ID!) { undoMerge(mergeId: $id) { merge { undoneAt } leads { id email } } }";
const HISTORY =
  "query($id: ID!) { lead(id: $id) { scoreHistory(first: 50) { totalCount edges { node { reason } } } } }";

let server: TestApp;
let acme: SeededOrg;
let tokens: Record<string, string>;

beforeAll(async () => {
  server = await startTestApp();
  ({ acme, tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, rep: Role.MEMBER }));
});
afterAll(() => server.close());

async function create(input: Record<string, unknown>, token = tokens.manager): Promise<Record<string, any>> {
  const response = await graphql(server.url, CREATE, { input }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createLead;
}

describe("createLead duplicate check", () => {
  it("reports duplicates; WARN creates nothing, CREATE (the default) creates, UPDATE_EXISTING updates the match", async () => {
    const first = await create({ firstName: "Grace", lastName: "Hopper", email: "grace@navy.example" });
    expect(first).toMatchObject({ outcome: "CREATED", duplicates: [] });
    const before = await server.em().count(Lead, {});

    const warned = await create({ lastName: "Someone", email: " GRACE@navy.example ", onDuplicate: "WARN" });
    expect(warned).toEqual({
      outcome: "NOT_CREATED",
      lead: null,
      duplicates: [{ reason: "EMAIL", similarity: 1, lead: { id: first.lead.id } }],
    });
    expect(await server.em().count(Lead, {})).toBe(before);

    const forced = await create({ lastName: "Someone", email: "grace@navy.example" });
    expect(forced.outcome).toBe("CREATED");
    expect(forced.duplicates).toEqual([{ reason: "EMAIL", similarity: 1, lead: { id: first.lead.id } }]);
    expect(await server.em().count(Lead, {})).toBe(before + 1);

    const updated = await create({
      firstName: "Grace",
      lastName: "Hopper",
      phone: "+1 415 555 0199",
      jobTitle: "Rear Admiral",
      onDuplicate: "UPDATE_EXISTING",
    });
    expect(updated.outcome).toBe("UPDATED_EXISTING");
    expect(updated.lead).toMatchObject({ id: first.lead.id, jobTitle: "Rear Admiral" });
    expect(await server.em().count(Lead, {})).toBe(before + 1);
  });

  it("lets a MEMBER update only a match assigned to them", async () => {
    await create({ lastName: "Owned", company: "Elsewhere Inc", email: "owned@elsewhere.example" });
    const response = await graphql(
      server.url,
      CREATE,
      { input: { email: "owned@elsewhere.example", onDuplicate: "UPDATE_EXISTING" } },
      tokens.rep,
    );
    expect(errorCode(response)).toBe("FORBIDDEN");
  });
});

describe("findDuplicates", () => {
  it("matches phone in any notation and name + company at 85% or more, within the organisation only", async () => {
    const lead = await create({
      firstName: "Johanna",
      lastName: "Thorvaldsdottir",
      company: "Nordic Analytics",
      phone: "+44 20 7946 0011",
    });
    await create(
      { firstName: "Johanna", lastName: "Thorvaldsdottir", company: "Nordic Analytics" },
      tokens.globex,
    );

    const byPhone = await graphql(
      server.url,
      FIND,
      { input: { phone: "020 7946 0011", country: "gb" } },
      tokens.rep,
    );
    expect(byPhone.data!.findDuplicates).toEqual([
      { reason: "PHONE", similarity: 1, lead: { id: lead.lead.id } },
    ]);

    const byName = await graphql(
      server.url,
      FIND,
      { input: { firstName: "johanna", lastName: "Thorvaldsdotir", company: "Nordic Analytics" } },
      tokens.rep,
    );
    expect(byName.data!.findDuplicates).toEqual([
      { reason: "NAME_COMPANY", similarity: expect.any(Number), lead: { id: lead.lead.id } },
    ]);
    expect(byName.data!.findDuplicates[0].similarity).toBeGreaterThanOrEqual(0.85);

    const far = await graphql(
      server.url,
      FIND,
      { input: { firstName: "Joanna", lastName: "Thor", company: "Nordic" } },
      tokens.rep,
    );
    expect(far.data!.findDuplicates).toEqual([]);
    const excluded = await graphql(
      server.url,
      FIND,
      { input: { phone: "+442079460011", excludeLeadId: lead.lead.id } },
      tokens.rep,
    );
    expect(excluded.data!.findDuplicates).toEqual([]);
  });

  it("computes the same similarity as pg_trgm", async () => {
    const pairs = [
      ["johanna thorvaldsdottir nordic analytics", "johanna thorvaldsdotir nordic analytics"],
      ["müller café gmbh", "muller cafe gmbh"],
      ["ada lovelace", "ada lovelace ltd"],
    ];
    for (const [a, b] of pairs) {
      const { rows } = await sql<{ s: number }>`select similarity(${a}, ${b}) as s`.execute(
        server.em().getKysely(),
      );
      expect(trigramSimilarity(a!, b!)).toBeCloseTo(rows[0]!.s, 5);
    }
  });

  it("answers through indexes, not a scan, on a large table", async () => {
    const em = server.em();
    const db = em.getKysely();
    // 30,000 leads of one organisation, then fresh statistics, so the planner sees a realistic table. They
    // commit already checked for duplicates: the background check has nothing to do with this test.
    await em.transactional(async (tx) => {
      await sql`insert into lead (id, organization_id, first_name, last_name, company, email, phone)
        select gen_random_uuid(), ${acme.organization.id}, 'First' || i, 'Last' || (i * 7919 % 30000), 'Company ' || (i % 997),
               'person' || i || '@bulk.example', '+44207' || lpad(i::text, 7, '0')
        from generate_series(1, 30000) as i`.execute(tx.getKysely());
      await sql`update lead_search set duplicates_checked = true where not duplicates_checked`.execute(
        tx.getKysely(),
      );
    });
    await sql`analyze lead`.execute(db);
    const keys = duplicateKeys({
      firstName: "First123",
      lastName: "Last4567",
      company: "Company 123",
      email: "person123@bulk.example",
      phone: "+442070000123",
    });
    const plan = await em
      .transactional(async (tx) => {
        await useCandidateThreshold(tx);
        const { rows } = await sql<{
          "QUERY PLAN": string;
        }>`explain ${candidateQuery(acme.organization.id, keys)!}`.execute(tx.getKysely());
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      })
      .finally(() => sql`delete from lead where email like '%@bulk.example'`.execute(db));
    expect(plan).toContain("lead_org_email_idx");
    expect(plan).toContain("lead_org_phone_idx");
    expect(plan).toContain("lead_dedup_name_trgm_idx");
    expect(plan).not.toMatch(/Seq Scan/);
  });
});

describe("duplicateClusters", () => {
  it("groups matching leads, chains included, per organisation, paged", async () => {
    const a = await create({
      firstName: "Clara",
      lastName: "Schumann",
      company: "Leipzig Music",
      email: "clara@leipzig.example",
    });
    const b = await create({
      firstName: "Clara",
      lastName: "Schuman",
      company: "Leipzig Music",
      phone: "+49 341 1234567",
    });
    const c = await create({ lastName: "Wieck", phone: "+493411234567" });
    const response = await graphql(server.url, CLUSTERS, { first: 100 }, tokens.manager);
    const clusters = response.data!.duplicateClusters.edges.map((edge: any) => edge.node);
    const clara = clusters.find((cluster: any) => cluster.leads.some((lead: any) => lead.id === a.lead.id));
    expect(clara.size).toBe(3);
    expect(clara.leads.map((lead: any) => lead.id).sort()).toEqual([a.lead.id, b.lead.id, c.lead.id].sort());
    expect(clara.reasons.sort()).toEqual(["NAME_COMPANY", "PHONE"]);

    const firstPage = await graphql(server.url, CLUSTERS, { first: 1 }, tokens.manager);
    const page = firstPage.data!.duplicateClusters;
    expect(page.totalCount).toBe(clusters.length);
    expect(page.pageInfo.hasNextPage).toBe(clusters.length > 1);
    if (page.pageInfo.hasNextPage) {
      const second = await graphql(
        server.url,
        CLUSTERS,
        { first: 1, after: page.pageInfo.endCursor },
        tokens.manager,
      );
      expect(second.data!.duplicateClusters.edges[0].node.id < page.edges[0].node.id).toBe(true);
    }

    const globex = await graphql(server.url, CLUSTERS, { first: 100 }, tokens.globex);
    const globexIds = globex.data!.duplicateClusters.edges.flatMap((edge: any) =>
      edge.node.leads.map((l: any) => l.id),
    );
    expect(globexIds).not.toContain(a.lead.id);
  });
});

describe("mergeLeads and undoMerge", () => {
  const rowsOf = async (ids: string[]) => {
    const { rows } = await sql<{ row: Record<string, unknown> }>`
      select to_jsonb(l) as row from lead l where id = any(${ids}::uuid[]) order by id`.execute(
      server.em().getKysely(),
    );
    return rows.map((r) => r.row);
  };

  it("merges chosen fields, tags, engagement and history into the master, and undo restores everything exactly", async () => {
    const master = await create({
      firstName: "Ada",
      lastName: "Byron",
      email: "ada@engines.example",
      tags: ["vip"],
    });
    const dup = await create({
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada.lovelace@engines.example",
      jobTitle: "Countess",
      tags: ["math"],
    });
    const ids = [master.lead.id, dup.lead.id];
    await sql`update lead set form_submissions = 2 where id = ${dup.lead.id}`.execute(
      server.em().getKysely(),
    );
    const before = await rowsOf(ids);

    const merged = await graphql(
      server.url,
      MERGE,
      {
        input: {
          masterId: master.lead.id,
          duplicateIds: [dup.lead.id],
          fieldChoices: [
            { field: "lastName", leadId: dup.lead.id },
            { field: "jobTitle", leadId: dup.lead.id },
          ],
        },
      },
      tokens.manager,
    );
    const { merge, master: result } = merged.data!.mergeLeads;
    expect(result).toMatchObject({ email: "ada@engines.example", jobTitle: "Countess", formSubmissions: 2 });
    expect(result.tags.sort()).toEqual(["math", "vip"]);
    expect(merge).toMatchObject({
      masterId: master.lead.id,
      mergedLeadIds: [dup.lead.id],
      mergedBy: { email: "manager@acme.test" },
    });
    const gone = await graphql(
      server.url,
      "query($id: ID!) { lead(id: $id) { id } }",
      { id: dup.lead.id },
      tokens.manager,
    );
    expect(gone.data!.lead).toBeNull();
    const history = await graphql(server.url, HISTORY, { id: master.lead.id }, tokens.manager);
    // Both CREATED rows (the master's and the duplicate's) and the merge's own row.
    expect(history.data!.lead.scoreHistory.edges.map((e: any) => e.node.reason).sort()).toEqual([
      "CREATED",
      "CREATED",
      "MERGED",
    ]);

    const undone = await graphql(server.url, UNDO, { id: merge.id }, tokens.manager);
    expect(undone.data!.undoMerge.merge.undoneAt).toBeTruthy();
    expect(await rowsOf(ids)).toEqual(before);
    const historyAfter = await graphql(server.url, HISTORY, { id: master.lead.id }, tokens.manager);
    expect(historyAfter.data!.lead.scoreHistory.totalCount).toBe(1);

    const again = await graphql(server.url, UNDO, { id: merge.id }, tokens.manager);
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
  });

  it("refuses members, foreign leads, bad fields and expired undos", async () => {
    const a = await create({ lastName: "One", company: "Merge Co" });
    const b = await create({ lastName: "Two", company: "Merge Co" });
    const foreign = await create({ lastName: "Three", company: "Globex" }, tokens.globex);
    const input = (extra: Record<string, unknown>) => ({
      input: { masterId: a.lead.id, duplicateIds: [b.lead.id], ...extra },
    });
    expect(errorCode(await graphql(server.url, MERGE, input({}), tokens.rep))).toBe("FORBIDDEN");
    expect(
      errorCode(await graphql(server.url, MERGE, input({ duplicateIds: [foreign.lead.id] }), tokens.manager)),
    ).toBe("NOT_FOUND");
    const badField = await graphql(
      server.url,
      MERGE,
      input({ fieldChoices: [{ field: "score", leadId: b.lead.id }] }),
      tokens.manager,
    );
    expect(badField.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "fieldChoices.field",
    });
    expect(await server.em().count(Lead, { id: b.lead.id, deletedAt: null })).toBe(1);

    const merged = await graphql(server.url, MERGE, input({}), tokens.manager);
    const mergeId = merged.data!.mergeLeads.merge.id;
    expect(errorCode(await graphql(server.url, UNDO, { id: mergeId }, tokens.globex))).toBe("NOT_FOUND");
    await sql`update lead_merge set undoable_until = now() - interval '1 second' where id = ${mergeId}`.execute(
      server.em().getKysely(),
    );
    const expired = await graphql(server.url, UNDO, { id: mergeId }, tokens.manager);
    expect(expired.errors![0]!.message).toMatch(/within 7 days/);
  });
});
