import { rm } from "node:fs/promises";
import { rowConverter } from "@leadline/shared";
import { sql } from "kysely";
import { systemClock, type Clock } from "../../clock.js";
import type { EntityManager } from "../../db/orm.js";
import { LockMode } from "@mikro-orm/core";
import type { JobDefinition, JobQueue } from "../../jobs/queue.js";
import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";
import { loadNewLeadScoring } from "../leads/new-lead-scoring.js";
import { WebhookEventType } from "../webhook-endpoints/webhook-events.js";
import { emitWebhookEvent } from "../webhook-endpoints/webhook-outbox.js";
import { readRecords } from "./csv-reader.js";
import { decideBatch, newLeadRecord, writeBatch, type BatchContext, type BatchRow } from "./import-batch.js";
import { ImportDuplicatePolicy, ImportJob, ImportJobStatus } from "./import-job.entity.js";
import {
  importNotifier,
  notifyImportRouting,
  publishImportRouting,
  routeImportedLeads,
  takeImportTickets,
} from "./import-routing.js";

/** Rows per transaction: large enough for set-wise SQL to pay off, small enough to checkpoint often. */
export const IMPORT_BATCH_ROWS = 5_000;
/** Rows read between two turns of the event loop (see the read loop). */
const YIELD_EVERY_ROWS = 250;

export interface RunImportOptions {
  batchSize?: number;
  /** The queue the routing notifications and the completion's outgoing webhook (import.completed) go on. */
  jobs?: JobQueue;
  /** Where routing's notifications and workload changes are announced after each batch commits. */
  pubSub?: LeadlinePubSub;
  /** Called after each committed batch (live progress; tests use it to simulate a crash). */
  onCheckpoint?: (job: ImportJob) => void | Promise<void>;
  /** Business time for scores and SLA deadlines (default: the system clock). */
  clock?: Clock;
  /** Stops the import after the batch being written (the instance is stopping): the retry resumes it. */
  signal?: AbortSignal;
}

/** Thrown inside a batch's transaction when the import was cancelled meanwhile: the batch is not written. */
class Cancelled extends Error {}

/**
 * Runs (or resumes) one import: streams the file, and for each batch of rows reads, validates, dedups,
 * scores and writes them in one transaction that also moves the job's checkpoint (the last file line
 * done) and counters. A crash loses at most the open batch, which the retried job does again: no row is
 * written twice. A cancelled, finished or undone import is left alone, so running it again is harmless.
 */
export async function runImport(
  em: EntityManager,
  jobId: string,
  {
    batchSize = IMPORT_BATCH_ROWS,
    onCheckpoint,
    jobs,
    pubSub,
    clock = systemClock,
    signal,
  }: RunImportOptions = {},
): Promise<ImportJob | null> {
  const job = await em.findOne(ImportJob, jobId);
  if (!job || (job.status !== ImportJobStatus.QUEUED && job.status !== ImportJobStatus.RUNNING)) return job;
  job.status = ImportJobStatus.RUNNING;
  job.startedAt ??= new Date();
  await em.flush();
  await onCheckpoint?.(job);

  const context = await batchContext(em, job, clock.now());
  const convert = rowConverter(job.mapping ?? [], job.options ?? {});
  let batch: BatchRow[] = [];
  let last = { line: job.lineWatermark, bytes: job.bytesProcessed };

  /**
   * Writes one batch with its checkpoint (the last line and byte it covers), in one transaction; its new
   * leads are routed in it (their round-robin turns taken just before it opens).
   */
  const commit = async (rows: BatchRow[], mark: { line: number; bytes: number }) => {
    const now = clock.now();
    const tickets = await takeImportTickets(em, context, rows, now);
    const { notifier, routed } = await em.transactional(async (tx) => {
      const { rows: locked } = await sql<{ status: ImportJobStatus }>`
        select status from import_job where id = ${job.id} for update`.execute(tx.getKysely());
      if (locked[0]?.status !== ImportJobStatus.RUNNING) throw new Cancelled();
      const decisions = await decideBatch(tx, context.organizationId, context.policy, rows);
      const routed = await routeImportedLeads(tx, context, rows, decisions, tickets, now);
      const counts = await writeBatch(tx, context, rows, decisions);
      const notifier = importNotifier(tx, jobs, context.organizationId);
      if (notifier) await notifyImportRouting(tx, notifier, context, routed);
      await sql`
        update import_job set processed = processed + ${rows.length}, created = created + ${counts.created},
          updated = updated + ${counts.updated}, skipped = skipped + ${counts.skipped},
          failed = failed + ${counts.failed}, line_watermark = ${mark.line},
          bytes_processed = ${mark.bytes}, updated_at = now()
        where id = ${job.id}`.execute(tx.getKysely());
      return { notifier, routed };
    });
    if (pubSub) publishImportRouting(pubSub, context.organizationId, notifier, routed);
    await em.refresh(job);
    await onCheckpoint?.(job);
  };

  // One batch is written while the next is parsed, validated and scored: the database and the
  // JavaScript work overlap. Batches still commit one after the other, so each one's duplicate check
  // sees the rows of the batches before it.
  let writing: Promise<void> = Promise.resolve();
  const handOver = async () => {
    const rows = batch;
    batch = [];
    await writing;
    writing = commit(rows, last);
    writing.catch(() => {}); // awaited (and rethrown) before the next batch or at the end
  };

  try {
    let header = true;
    for await (const record of readRecords(job.filePath, {
      encoding: job.encoding as "utf-8" | "windows-1252",
      delimiter: job.delimiter,
    })) {
      if (header) {
        header = false;
        continue;
      }
      if (record.line <= job.lineWatermark) continue;
      const converted = convert(record.cells);
      const prepared = converted.kind === "lead" ? newLeadRecord(context, converted) : undefined;
      batch.push({ line: record.line, converted, prepared });
      // Let the batch being written go on: reading a batch is a quarter second of this thread's time, and a
      // reader hands over buffered records without returning to the event loop, so the write's statements waited
      // for the whole batch to be read (100k rows end to end: 22 s without this, 17 s with it).
      if (batch.length % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
      last = { line: record.line, bytes: record.bytes };
      if (batch.length >= batchSize) {
        await handOver();
        signal?.throwIfAborted();
      }
    }
    if (batch.length > 0) await handOver();
    await writing;
    await finish(em, job, ImportJobStatus.COMPLETED, null, jobs);
  } catch (error) {
    await writing.catch(() => {}); // no batch may still be writing while the job is settled
    if (error instanceof Cancelled) {
      await em.refresh(job);
      return job;
    }
    const message = error instanceof Error ? error.message : String(error);
    // A file that cannot be parsed fails the same way every time; anything else (the database went
    // away, the process stops) is retried by the queue and resumes at the checkpoint.
    if ((error as { code?: unknown }).code?.toString().startsWith("CSV_")) {
      await finish(em, job, ImportJobStatus.FAILED, `Line ${last.line + 1} or after: ${message}`);
      await onCheckpoint?.(job);
      return job;
    }
    throw error;
  }
  await onCheckpoint?.(job);
  return job;
}

/** Settles a running import; a completed one tells the organisation's webhook endpoints (same transaction). */
async function finish(
  em: EntityManager,
  job: ImportJob,
  status: ImportJobStatus,
  error: string | null,
  jobs?: JobQueue,
) {
  const settled = await em.transactional(async (tx) => {
    const current = await tx.findOneOrFail(ImportJob, job.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (current.status !== ImportJobStatus.RUNNING) return false;
    Object.assign(current, { status, error, finishedAt: new Date() });
    if (status === ImportJobStatus.COMPLETED && jobs)
      await emitWebhookEvent(tx, jobs, current.organization.id, WebhookEventType.IMPORT_COMPLETED, {
        importJobId: current.id,
        fileName: current.fileName,
        processed: current.processed,
        created: current.created,
        updated: current.updated,
        skipped: current.skipped,
        failed: current.failed,
      });
    return true;
  });
  await em.refresh(job);
  if (settled) await rm(job.filePath, { force: true });
}

async function batchContext(em: EntityManager, job: ImportJob, now: Date): Promise<BatchContext> {
  const organizationId = job.organization.id;
  return {
    ...(await loadNewLeadScoring(em, organizationId)),
    organizationId,
    jobId: job.id,
    actorId: job.createdBy?.id ?? null,
    policy: job.duplicatePolicy ?? ImportDuplicatePolicy.SKIP,
    now,
    ownerId: job.options?.ownerId ?? null,
    fileName: job.fileName,
  };
}

/**
 * The import job: one import at a time per organisation would be fair, but imports of different
 * organisations run side by side. Heartbeats let a crashed worker's import be retried within a minute;
 * the retry resumes at the checkpoint.
 */
export const importJob: JobDefinition<{ importJobId: string }> = {
  name: "imports.run",
  queue: { retryLimit: 5, retryDelay: 5, heartbeatSeconds: 30, expireInSeconds: 6 * 3_600 },
  async run({ importJobId }, { orm, pubSub, jobs, clock }, { signal }) {
    const em = orm.em.fork();
    await runImport(em, importJobId, {
      jobs,
      pubSub,
      clock,
      signal,
      onCheckpoint: (job) =>
        pubSub.publish(Topic.IMPORT_PROGRESS, job.organization.id, {
          importJobId: job.id,
          organizationId: job.organization.id,
        }),
    });
  },
};
