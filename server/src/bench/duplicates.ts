import { sql } from "kysely";
import type { MikroORM } from "../db/orm.js";
import { findDuplicateClusters } from "../modules/dedup/duplicate-clusters.js";
import { CANDIDATE_SIMILARITY, candidateQuery } from "../modules/dedup/duplicate-finder.js";
import { checkPendingDuplicates } from "../modules/dedup/duplicate-pairs.js";
import { emit, progress, round } from "./stats.js";

const SAMPLE = Number(process.env.BENCH_DUPLICATE_SAMPLE ?? 2000);

/**
 * The background duplicate check on a random sample of the seeded leads marked unchecked (as new or
 * edited leads are), then the cluster report's read of the stored pairs. The peer is the same index
 * lookups made one lead at a time for the same leads, in the same run.
 */
export async function benchDuplicatePairs(
  orm: MikroORM,
  organizationId: string,
  liveLeads: number,
): Promise<boolean> {
  const db = orm.em.fork().getKysely();
  const { rows: sample } = await sql<{
    id: string;
    email: string | null;
    phone: string | null;
    name: string | null;
  }>`
    select l.id, l.email, l.phone, s.dedup_name as name from lead_search s join lead l on l.id = s.lead_id
    where s.organization_id = ${organizationId} order by random() limit ${SAMPLE}`.execute(db);

  progress(`duplicates: the single check's lookups for ${sample.length} sampled leads, one at a time`);
  const peerStarted = performance.now();
  await db.transaction().execute(async (tx) => {
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`.execute(
      tx,
    );
    for (const keys of sample) await candidateQuery(organizationId, keys)?.execute(tx);
  });
  const peerSeconds = (performance.now() - peerStarted) / 1000;

  // Marked unchecked as an edit would, right before the check (the every-minute job may still join in).
  const ids = sample.map((row) => row.id);
  await sql`update lead_search set duplicates_checked = false where lead_id = any(${ids}::uuid[])`.execute(
    db,
  );
  progress(`duplicates: checking them in batches, unpaced (the job spreads the same work over minutes)`);
  let checked = 0;
  const started = performance.now();
  for (let batch; (batch = await checkPendingDuplicates(orm.em.fork(), organizationId)) > 0;)
    checked += batch;
  const seconds = (performance.now() - started) / 1000;
  const reportStarted = performance.now();
  const clusters = await findDuplicateClusters(orm.em.fork(), organizationId);
  const reportSeconds = (performance.now() - reportStarted) / 1000;
  const { rows } = await sql<{ pairs: number; unchecked: number }>`
    select (select count(*)::int from lead_duplicate_pair where organization_id = ${organizationId}) as pairs,
      (select count(*)::int from lead_search where organization_id = ${organizationId} and not duplicates_checked)
        as unchecked`.execute(db);
  emit({
    bench: "duplicate_pairs",
    leads: liveLeads,
    checked,
    checked_by_the_job_meanwhile: sample.length - checked,
    seconds: round(seconds),
    leads_per_second: Math.round(checked / seconds),
    ms_per_lead: round((seconds * 1000) / checked),
    single_lookups_seconds: round(peerSeconds),
    ratio_vs_single_lookups: round(peerSeconds / seconds, 3),
    pairs_stored: rows[0]!.pairs,
    report_seconds: round(reportSeconds),
    clusters: clusters.length,
    unit: "leads/s",
  });
  return rows[0]!.unchecked === 0;
}
