import { matchDuplicate } from "@leadline/shared";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition } from "../../jobs/queue.js";
import { candidateLookups, useCandidateThreshold, type CandidateRow } from "./duplicate-finder.js";

/**
 * Leads looked up per batch by the report and the demo loader (the job takes smaller ones): each costs the
 * single check's index lookups (1-30 ms), so a batch takes 0.2-6 s.
 */
export const DUPLICATE_CHECK_BATCH = 200;

/** The keys a lead is compared on, as one check saw them. */
interface LeadKeys {
  id: string;
  email: string | null;
  phone: string | null;
  name: string | null;
}

interface StoredPair {
  lead: string;
  duplicate: string;
  reason: string;
  similarity: number;
}

const sameKeys = (a: LeadKeys, b: LeadKeys) =>
  a.email === b.email && a.phone === b.phone && a.name === b.name;

/**
 * Looks up the duplicates of up to `limit` unchecked leads of the organisation and stores the pairs the
 * shared rule confirms, replacing the pairs those leads had; returns how many leads it marked checked.
 * One checker per organisation at a time (an advisory lock): another gets 0 at once, or waits for its turn
 * with `waitForOtherChecker` (a caller that must see the backlog done, not skip it). The lookups hold no
 * row locks, so editing a lead never waits for them: only the short write at the end locks the rows, and
 * it keeps only what is still true (see storeCheckedPairs).
 */
export async function checkPendingDuplicates(
  em: EntityManager,
  organizationId: string,
  limit = DUPLICATE_CHECK_BATCH,
  { waitForOtherChecker = false } = {},
): Promise<number> {
  return em.transactional(async (tx) => {
    const db = tx.getKysely();
    const key = sql`hashtextextended(${`dedup.check:${organizationId}`}, 0)`;
    const { rows: lock } = await (
      waitForOtherChecker
        ? sql<{ locked: boolean }>`select true as locked from pg_advisory_xact_lock(${key})`
        : sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${key}) as locked`
    ).execute(db);
    if (!lock[0]!.locked) return 0;
    const { rows: pending } = await sql<LeadKeys>`
      select s.lead_id as id, l.email, l.phone, s.dedup_name as name from lead_search s join lead l on l.id = s.lead_id
      where s.organization_id = ${organizationId} and not s.duplicates_checked
      order by s.lead_id limit ${limit}`.execute(db);
    if (pending.length === 0) return 0;
    const { pairs, seen } = await lookUpPairs(tx, organizationId, pending);
    return storeCheckedPairs(tx, organizationId, pending, pairs, seen);
  });
}

/** The pairs the shared rule confirms for `pending`, and every candidate's keys as the lookups saw them. */
export async function lookUpPairs(
  tx: EntityManager,
  organizationId: string,
  pending: LeadKeys[],
): Promise<{ pairs: StoredPair[]; seen: Map<string, LeadKeys> }> {
  await useCandidateThreshold(tx);
  const { rows } = await sql<CandidateRow & { pending_id: string }>`
    select p.id as pending_id, c.*
    from jsonb_to_recordset(${JSON.stringify(pending)}::jsonb) as p(id uuid, email text, phone text, name text)
    cross join lateral (${candidateLookups(sql`${organizationId}::uuid`, {
      email: sql`p.email`,
      phone: sql`p.phone`,
      name: sql`p.name`,
    })!}) c
    where c.id <> p.id`.execute(tx.getKysely());
  const byId = new Map(pending.map((lead) => [lead.id, lead]));
  const seen = new Map<string, LeadKeys>();
  const pairs = new Map<string, StoredPair>();
  for (const row of rows) {
    const candidate = { id: row.id, email: row.email, phone: row.phone, name: row.dedup_name };
    seen.set(row.id, candidate);
    const match = matchDuplicate(byId.get(row.pending_id)!, candidate);
    if (!match) continue;
    const [lead, duplicate] = row.pending_id < row.id ? [row.pending_id, row.id] : [row.id, row.pending_id];
    pairs.set(`${lead} ${duplicate}`, { lead, duplicate, ...match });
  }
  return { pairs: [...pairs.values()], seen };
}

/**
 * Writes the result of a check, keeping only what still holds once the rows are locked (SKIP LOCKED: it
 * never waits for an edit in progress). A pending lead whose keys changed since, or that is locked or
 * gone, stays unchecked; so does one whose partner is locked (its edit might yet roll back). A pair whose
 * partner's keys changed is dropped: that partner is unchecked now and its own check finds what is true.
 */
export async function storeCheckedPairs(
  tx: EntityManager,
  organizationId: string,
  pending: LeadKeys[],
  pairs: StoredPair[],
  seen: Map<string, LeadKeys>,
): Promise<number> {
  const db = tx.getKysely();
  const ids = [...new Set([...pending.map((lead) => lead.id), ...seen.keys()])];
  const { rows } = await sql<LeadKeys & { checked: boolean }>`
    select s.lead_id as id, l.email, l.phone, s.dedup_name as name, s.duplicates_checked as checked
    from lead_search s join lead l on l.id = s.lead_id where s.lead_id = any(${ids}::uuid[])
    order by s.lead_id for update of s skip locked`.execute(db);
  const now = new Map(rows.map((row) => [row.id, row]));
  const partnerOf = (pair: StoredPair, id: string) => (pair.lead === id ? pair.duplicate : pair.lead);
  const done = new Set(
    pending
      .filter((lead) => {
        const current = now.get(lead.id);
        if (!current || current.checked || !sameKeys(current, lead)) return false;
        return pairs.every(
          (pair) => ![pair.lead, pair.duplicate].includes(lead.id) || now.has(partnerOf(pair, lead.id)),
        );
      })
      .map((lead) => lead.id),
  );
  if (done.size === 0) return 0;
  // A pair is written for a lead marked done when its other end is done too or still as the lookups saw it.
  const written = pairs.filter((pair) => {
    const ends = [pair.lead, pair.duplicate];
    return (
      ends.some((id) => done.has(id)) &&
      ends.every((id) => {
        const current = now.get(id);
        return done.has(id) || (current !== undefined && sameKeys(current, seen.get(id)!));
      })
    );
  });
  const doneIds = [...done];
  await sql`delete from lead_duplicate_pair
    where lead_id = any(${doneIds}::uuid[]) or duplicate_id = any(${doneIds}::uuid[])`.execute(db);
  if (written.length > 0) {
    await sql`insert into lead_duplicate_pair (lead_id, duplicate_id, organization_id, reason, similarity)
      select p.lead, p.duplicate, ${organizationId}, p.reason, p.similarity
      from jsonb_to_recordset(${JSON.stringify(written)}::jsonb)
        as p(lead uuid, duplicate uuid, reason text, similarity real)
      on conflict do nothing`.execute(db);
  }
  await sql`update lead_search set duplicates_checked = true where lead_id = any(${doneIds}::uuid[])`.execute(
    db,
  );
  return done.size;
}

/** Checks up to about `maxLeads` of an organisation's unchecked leads, after any checker already on them. */
export async function checkOrganizationDuplicates(
  em: EntityManager,
  organizationId: string,
  maxLeads: number,
): Promise<void> {
  for (let checked = 0; checked < maxLeads;) {
    const batch = await checkPendingDuplicates(em, organizationId, DUPLICATE_CHECK_BATCH, {
      waitForOtherChecker: true,
    });
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

/** How a checker paces itself: when to stop, how many leads a batch, and what to do after each batch. */
export interface CheckPace {
  /** Epoch ms after which no new batch starts. */
  deadline: number;
  batchSize: number;
  /** Called with each batch's duration, e.g. to sleep so that checking takes a share of the time only. */
  afterBatch?: (batchMs: number) => Promise<void>;
  /** Stops the checker before its next batch (the job's: the instance is stopping). */
  signal?: AbortSignal;
  /**
   * Whether an organisation another checker is on waits for it (the demo loader: the page must show the
   * demo's duplicates) or is left to that checker (the job: one instance's run skips what another does).
   */
  waitForOtherCheckers: boolean;
}

/**
 * Checks the unchecked leads of every organisation, a batch of each in turn (a large import in one does not
 * hold the others back), until none are left or the deadline has passed.
 */
export async function checkEveryOrganization(
  em: EntityManager,
  pace: CheckPace = { deadline: Infinity, batchSize: DUPLICATE_CHECK_BATCH, waitForOtherCheckers: true },
): Promise<void> {
  const { rows } = await sql<{ organization_id: string }>`
    select distinct organization_id from lead_search where not duplicates_checked order by 1`.execute(
    em.getKysely(),
  );
  let organizations = rows.map((row) => row.organization_id);
  while (organizations.length > 0) {
    const stillPending: string[] = [];
    for (const organizationId of organizations) {
      if (Date.now() >= pace.deadline || pace.signal?.aborted) return;
      const started = Date.now();
      const checked = await checkPendingDuplicates(em, organizationId, pace.batchSize, {
        waitForOtherChecker: pace.waitForOtherCheckers,
      });
      if (checked === 0) continue;
      stillPending.push(organizationId);
      await pace.afterBatch?.(Date.now() - started);
    }
    organizations = stillPending;
  }
}

/** The job's batches: small, so that its share of PostgreSQL comes in short slices between capture's work. */
const PACED_BATCH = 25;

/**
 * Every minute: checks the leads created or changed since (imports, capture, edits) for
 * DUPLICATE_CHECK_SECONDS_PER_MINUTE spread over the minute, sleeping between small batches. Measured on
 * the 2-core machine: unpaced, 45 s a minute took a core from capture (p99 at 500 req/s 51 -> 180 ms), and
 * 10 s in one burst still 155 ms.
 */
export const duplicateCheckJob: JobDefinition<Record<string, never>> = {
  name: "dedup.check",
  schedule: "* * * * *",
  queue: { policy: "singleton", retryLimit: 0, expireInSeconds: 120 },
  run: async (_data, { orm, config }, { signal }) => {
    const share = config.duplicateCheckSecondsPerMinute / 60;
    if (share <= 0) return;
    await checkEveryOrganization(orm.em.fork(), {
      deadline: Date.now() + 55_000,
      batchSize: PACED_BATCH,
      // A stop ends the pause at once (and the checker before its next batch); the next run goes on.
      afterBatch: (batchMs) => sleep(batchMs * (1 / share - 1), undefined, { signal }).catch(() => undefined),
      signal,
      waitForOtherCheckers: false,
    });
  },
};
