import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition } from "../../jobs/queue.js";

/**
 * How long an Idempotency-Key is remembered: a retry within this window gets the first answer back,
 * a later one is a new request (the usual 24 h of payment and capture APIs; the README says so).
 */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** Rows per DELETE: short statements, so the capture path never waits long on the cleaner's locks. */
const BATCH_SIZE = 5_000;

export interface CaptureRetention {
  /** The moment the windows are measured back from. */
  now: Date;
  /** Capture log entries older than this many days go. */
  logRetentionDays: number;
  batchSize?: number;
}

/** Deletes rows matched by `batch` (a DELETE ... LIMIT-style statement) until one deletes fewer than a batch. */
async function deleteInBatches(run: () => Promise<number>, batchSize: number): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await run();
    total += deleted;
    if (deleted < batchSize) return total;
  }
}

/**
 * Removes expired idempotency keys (capture_request) and old capture log entries (capture_event),
 * set-wise in batches of `batchSize`, each batch its own short statement. Idempotent: running it twice
 * deletes nothing more. Returns how many rows of each went.
 */
export async function purgeCaptureData(
  em: EntityManager,
  { now, logRetentionDays, batchSize = BATCH_SIZE }: CaptureRetention,
): Promise<{ requests: number; events: number }> {
  const db = em.getKysely();
  const keysBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000);
  const logBefore = new Date(now.getTime() - logRetentionDays * 86_400_000);
  const requests = await deleteInBatches(async () => {
    const result = await sql`delete from capture_request where id in (
        select id from capture_request where created_at < ${keysBefore} limit ${batchSize})`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  }, batchSize);
  // Per organisation, so each batch is a range of the (organization_id, created_at) index on any
  // PostgreSQL version, rather than a scan of the whole log.
  const { rows: organizations } = await sql<{ id: string }>`select id from organization`.execute(db);
  let events = 0;
  for (const { id } of organizations)
    events += await deleteInBatches(async () => {
      const result = await sql`delete from capture_event where id in (
          select id from capture_event where organization_id = ${id} and created_at < ${logBefore}
          limit ${batchSize})`.execute(db);
      return Number(result.numAffectedRows ?? 0);
    }, batchSize);
  return { requests, events };
}

/** Capture data retention, daily at 03:30 UTC (after score decay's 03:00 start): see purgeCaptureData. */
export const captureRetentionJob: JobDefinition<object> = {
  name: "capture.retention",
  schedule: "30 3 * * *",
  run: async (_data, { orm, config, logger }) => {
    const removed = await purgeCaptureData(orm.em.fork(), {
      now: new Date(),
      logRetentionDays: config.capture.logRetentionDays,
    });
    logger.info(removed, "capture data past retention deleted");
  },
};
