import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql } from "../../../test/graphql-client.js";

const CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }";
const ASSIGN = "mutation($input: AssignLeadInput!) { assignLead(input: $input) { lead { id } } }";
// The rows written with a lead, which its foreign keys remove with it (the capture log only forgets it).
const CHILDREN = ["lead_search", "lead_score", "lead_stage_change", "lead_assignment", "notification"];

describe("a lead's own rows", () => {
  let server: TestApp;
  let token: string;
  let repId: string;
  beforeAll(async () => {
    server = await startTestApp();
    const { acme, tokens } = await seedAcmeAndGlobex(server, { owner: Role.OWNER, rep: Role.MEMBER });
    token = tokens.owner!;
    repId = acme.users.rep!.id;
  });
  afterAll(() => server.close());

  const createLead = async (lastName: string) => {
    const created = await graphql(
      server.url,
      CREATE,
      { input: { firstName: "Ines", lastName, company: "Keep Co", assignedToId: null } },
      token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createLead.lead.id as string;
    // Assignment history, and the rep's notification.
    const assigned = await graphql(
      server.url,
      ASSIGN,
      { input: { leadId: id, userId: repId, reason: "hers" } },
      token,
    );
    expect(assigned.errors).toBeUndefined();
    // A capture log entry for it, as capture writes one.
    await sql`insert into capture_event (id, organization_id, channel, outcome, lead_id)
      select gen_random_uuid(), organization_id, 'API', 'ACCEPTED', id from lead where id = ${id}`.execute(
      server.em().getKysely(),
    );
    return id;
  };
  const rowsOf = async (leadId: string) => {
    const db = server.em().getKysely();
    const counts: Record<string, number> = {};
    for (const table of [...CHILDREN, "capture_event"]) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table)} where lead_id = ${leadId}`.execute(db);
      counts[table] = rows[0]!.n;
    }
    return counts;
  };

  it("go with the lead when it is deleted, and leave other leads' rows alone", async () => {
    const doomed = [await createLead("Gone"), await createLead("Gone too")];
    const kept = await createLead("Stays");
    for (const id of [...doomed, kept])
      for (const [table, count] of Object.entries(await rowsOf(id)))
        expect(count, `${table} of a new, assigned lead`).toBeGreaterThan(0);

    const db = server.em().getKysely();
    await sql`delete from lead where id = any(${doomed}::uuid[])`.execute(db);

    for (const id of doomed) {
      const counts = await rowsOf(id);
      for (const table of CHILDREN) expect(counts[table], table).toBe(0);
      expect(counts.capture_event, "the entry no longer names it").toBe(0);
    }
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from capture_event where lead_id is null`.execute(db);
    expect(rows[0]!.n, "the capture log keeps its entries, without the lead").toBe(2);
    for (const [table, count] of Object.entries(await rowsOf(kept))) expect(count, table).toBeGreaterThan(0);
  });

  it("go when their organisation is deleted", async () => {
    const id = await createLead("Whole org");
    const db = server.em().getKysely();
    await sql`delete from organization where id = (select organization_id from lead where id = ${id})`.execute(
      db,
    );
    for (const [table, count] of Object.entries(await rowsOf(id))) expect(count, table).toBe(0);
  });
});
