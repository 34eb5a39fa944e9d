import { matchDuplicate } from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition } from "../../jobs/queue.js";
import { candidateLookups, useCandidateThreshold, type CandidateRow } from "./duplicate-finder.js";

/** Leads looked up per transaction: each costs the single check's index lookups (1-30 ms). */
export const DUPLICATE_CHECK_BATCH = 500;

interface CandidatePairRow extends CandidateRow {
  pending_id: string;
  organization_id: string;
  pending_email: string | null;
  pending_phone: string | null;
  pending_name: string | null;
}

/**
 * Looks up the duplicates of up to `limit` unchecked leads (of one organisation, or of any) and stores
 * the pairs the shared rule confirms, replacing the pairs those leads had. The leads are locked (SKIP
 * LOCKED: instances share the work); a lead changed meanwhile waits for the commit and is unchecked again.
 * Returns how many leads it checked.
 */
export async function checkPendingDuplicates(
  em: EntityManager,
  options: { organizationId?: string; limit?: number } = {},
): Promise<number> {
  return em.transactional(async (tx) => {
    const db = tx.getKysely();
    await useCandidateThreshold(tx);
    const { rows: pending } = await sql<{ lead_id: string }>`
      select lead_id from lead_search
      where not duplicates_checked
        ${options.organizationId ? sql`and organization_id = ${options.organizationId}` : sql``}
      order by organization_id, lead_id limit ${options.limit ?? DUPLICATE_CHECK_BATCH}
      for update skip locked`.execute(db);
    if (pending.length === 0) return 0;
    const ids = pending.map((row) => row.lead_id);

    const { rows } = await sql<CandidatePairRow>`
      select p.lead_id as pending_id, p.organization_id, p.email as pending_email, p.phone as pending_phone,
        p.dedup_name as pending_name, c.*
      from (select s.lead_id, s.organization_id, s.dedup_name, l.email, l.phone
            from lead_search s join lead l on l.id = s.lead_id where s.lead_id = any(${ids}::uuid[])) p
      cross join lateral (${candidateLookups(sql`p.organization_id`, {
        email: sql`p.email`,
        phone: sql`p.phone`,
        name: sql`p.dedup_name`,
      })!}) c
      where c.id <> p.lead_id`.execute(db);

    const pairs = new Map<
      string,
      { lead: string; duplicate: string; org: string; reason: string; similarity: number }
    >();
    for (const row of rows) {
      const match = matchDuplicate(
        { email: row.pending_email, phone: row.pending_phone, name: row.pending_name },
        { email: row.email, phone: row.phone, name: row.dedup_name },
      );
      if (!match) continue;
      const [lead, duplicate] = row.pending_id < row.id ? [row.pending_id, row.id] : [row.id, row.pending_id];
      pairs.set(`${lead} ${duplicate}`, { lead, duplicate, org: row.organization_id, ...match });
    }

    await sql`delete from lead_duplicate_pair
      where lead_id = any(${ids}::uuid[]) or duplicate_id = any(${ids}::uuid[])`.execute(db);
    if (pairs.size > 0) {
      await sql`insert into lead_duplicate_pair (lead_id, duplicate_id, organization_id, reason, similarity)
        select * from jsonb_to_recordset(${JSON.stringify([...pairs.values()])}::jsonb)
          as p(lead uuid, duplicate uuid, org uuid, reason text, similarity real)
        on conflict do nothing`.execute(db);
    }
    await sql`update lead_search set duplicates_checked = true where lead_id = any(${ids}::uuid[])`.execute(
      db,
    );
    return ids.length;
  });
}

/** Checks up to about `maxLeads` of an organisation's unchecked leads. */
export async function checkOrganizationDuplicates(
  em: EntityManager,
  organizationId: string,
  maxLeads: number,
): Promise<void> {
  for (let checked = 0; checked < maxLeads;) {
    const batch = await checkPendingDuplicates(em, { organizationId });
    if (batch === 0) return;
    checked += batch;
  }
}

/** How many of the organisation's live leads are not checked for duplicates yet. */
export async function countUncheckedLeads(em: EntityManager, organizationId: string): Promise<number> {
  const { rows } = await sql<{ count: string }>`
    select count(*) from lead_search where organization_id = ${organizationId} and not duplicates_checked`.execute(
    em.getKysely(),
  );
  return Number(rows[0]!.count);
}

/** How long one run of the job keeps checking before it leaves the rest to the next minute's. */
const JOB_BUDGET_MS = 45_000;

/** Every minute: checks the leads created or changed since (imports, capture, edits) in batches. */
export const duplicateCheckJob: JobDefinition<Record<string, never>> = {
  name: "dedup.check",
  schedule: "* * * * *",
  queue: { policy: "singleton", retryLimit: 0, expireInSeconds: 120 },
  async run(_data, { orm }) {
    const started = Date.now();
    while (Date.now() - started < JOB_BUDGET_MS) {
      if ((await checkPendingDuplicates(orm.em.fork())) === 0) break;
    }
  },
};
