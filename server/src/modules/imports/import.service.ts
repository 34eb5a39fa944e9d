import { rm } from "node:fs/promises";
import {
  mappingErrors,
  rowConverter,
  suggestMapping,
  type ColumnMapping,
  type ImportOptions,
  type SuggestedMapping,
} from "@leadline/shared";
import { sql } from "kysely";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, conflict, notFound } from "../../graphql/errors.js";
import type { JobQueue } from "../../jobs/queue.js";
import type { Viewer } from "../auth/viewer.js";
import { User } from "../users/user.entity.js";
import { readRecords } from "./csv-reader.js";
import { decideBatch, type BatchRow, type RowDecision } from "./import-batch.js";
import { ImportJob, ImportJobStatus, type ImportDuplicatePolicy } from "./import-job.entity.js";
import { importJob } from "./import-runner.js";

/** Rows the preview reads (and decides, without writing) from the top of the file. */
export const PREVIEW_ROWS = 1_000;
const SAMPLE_VALUES = 3;

export async function findImportJob(em: EntityManager, viewer: Viewer, id: string): Promise<ImportJob> {
  const job = isUuid(id) ? await em.findOne(ImportJob, { id, organization: viewer.organizationId }) : null;
  if (!job) throw notFound("Import job");
  return job;
}

/** The first data records of the file (the header skipped), for suggestions and the preview. */
async function firstRecords(job: ImportJob, count: number): Promise<{ line: number; cells: string[] }[]> {
  const records: { line: number; cells: string[] }[] = [];
  let header = true;
  for await (const record of readRecords(job.filePath, {
    encoding: job.encoding as "utf-8" | "windows-1252",
    delimiter: job.delimiter,
  })) {
    if (header) header = false;
    else records.push({ line: record.line, cells: record.cells });
    if (records.length >= count) break;
  }
  return records;
}

/** The suggested mapping of each column, with a few of its values to show next to it. */
export async function suggestImportMapping(
  job: ImportJob,
): Promise<(SuggestedMapping & { samples: string[] })[]> {
  const records = await firstRecords(job, 50);
  return suggestMapping(job.headers).map((suggestion) => ({
    ...suggestion,
    samples: [
      ...new Set(records.map((r) => r.cells[suggestion.index]?.trim() ?? "").filter((value) => value !== "")),
    ].slice(0, SAMPLE_VALUES),
  }));
}

export function checkMapping(job: ImportJob, mapping: ColumnMapping[]): void {
  const errors = mappingErrors(mapping, job.headers.length);
  if (errors.length > 0) throw badInput("mapping", errors.join("; "));
}

export interface ImportPreview {
  rowsExamined: number;
  counts: Record<RowDecision["action"], number>;
  rows: { line: number; action: RowDecision["action"]; values: Record<string, unknown> | null }[];
  errors: { line: number; field: string; value: string | null; message: string }[];
}

/** How the first rows would be stored, and what would happen to them, written nowhere. */
export async function previewImport(
  em: EntityManager,
  job: ImportJob,
  mapping: ColumnMapping[],
  policy: ImportDuplicatePolicy,
  options: ImportOptions,
  shown = 20,
): Promise<ImportPreview> {
  checkMapping(job, mapping);
  const convert = rowConverter(mapping, options);
  const rows: BatchRow[] = (await firstRecords(job, PREVIEW_ROWS)).map((record) => ({
    line: record.line,
    converted: convert(record.cells),
  }));
  const decisions = await em.transactional((tx) => decideBatch(tx, job.organization.id, policy, rows));
  const counts = { create: 0, update: 0, skip: 0, reject: 0, junk: 0 };
  for (const decision of decisions) counts[decision.action]++;
  return {
    rowsExamined: rows.length,
    counts,
    rows: rows.slice(0, shown).map(({ line, converted }, i) => ({
      line,
      action: decisions[i]!.action,
      values:
        converted.kind === "lead"
          ? { externalId: converted.externalId ?? undefined, ...converted.fields }
          : null,
    })),
    errors: rows
      .flatMap(({ line, converted }) =>
        converted.kind === "rejected" ? converted.errors.map((error) => ({ line, ...error })) : [],
      )
      .slice(0, 100),
  };
}

/** Stores the mapping and policy and queues the job, in one transaction. Only an uploaded import starts. */
export async function startImport(
  em: EntityManager,
  jobs: JobQueue,
  job: ImportJob,
  input: { mapping: ColumnMapping[]; duplicatePolicy: ImportDuplicatePolicy; options: ImportOptions },
): Promise<ImportJob> {
  checkMapping(job, input.mapping);
  const { ownerId } = input.options;
  if (
    ownerId != null &&
    !(
      isUuid(ownerId) &&
      (await em.count(User, { id: ownerId, organization: job.organization.id, active: true }))
    )
  )
    throw badInput("defaults.ownerId", "is not an active user of your organisation");
  return em.transactional(async (tx) => {
    const { rows } = await sql<{ id: string }>`
      update import_job set status = ${ImportJobStatus.QUEUED}::import_job_status
      where id = ${job.id} and status = ${ImportJobStatus.UPLOADED}::import_job_status returning id`.execute(
      tx.getKysely(),
    );
    if (rows.length === 0) throw conflict(`The import is ${job.status.toLowerCase()}, not waiting to start`);
    const fresh = await tx.findOneOrFail(ImportJob, job.id, { refresh: true });
    Object.assign(fresh, {
      mapping: input.mapping.map((column) => ({ ...column })),
      duplicatePolicy: input.duplicatePolicy,
      options: input.options,
    });
    await tx.flush();
    await jobs.send(importJob, { importJobId: job.id }, { em: tx });
    return fresh;
  });
}

/** Stops a queued or running import after the batch in progress; what was imported stays (undoImport removes it). */
export async function cancelImport(em: EntityManager, job: ImportJob): Promise<ImportJob> {
  const { rows } = await sql<{ id: string }>`
    update import_job set status = ${ImportJobStatus.CANCELLED}::import_job_status, finished_at = now()
    where id = ${job.id} and status in ('UPLOADED', 'QUEUED', 'RUNNING') returning id`.execute(
    em.getKysely(),
  );
  if (rows.length === 0) throw conflict(`The import is ${job.status.toLowerCase()} and cannot be cancelled`);
  await rm(job.filePath, { force: true });
  return em.findOneOrFail(ImportJob, job.id, { refresh: true });
}

/** Deletes (soft, as deleteLead does) every lead the import created, in one statement. */
export async function undoImport(
  em: EntityManager,
  job: ImportJob,
): Promise<{ job: ImportJob; deleted: number }> {
  return em.transactional(async (tx) => {
    const { rows } = await sql<{ id: string }>`
      update import_job set status = ${ImportJobStatus.UNDONE}::import_job_status
      where id = ${job.id} and status in ('COMPLETED', 'CANCELLED', 'FAILED') returning id`.execute(
      tx.getKysely(),
    );
    if (rows.length === 0)
      throw conflict(`The import is ${job.status.toLowerCase()}; only a finished import can be undone`);
    const result = await sql`
      update lead set deleted_at = now(), updated_at = now()
      where import_job_id = ${job.id} and organization_id = ${job.organization.id} and deleted_at is null`.execute(
      tx.getKysely(),
    );
    return {
      job: await tx.findOneOrFail(ImportJob, job.id, { refresh: true }),
      deleted: Number(result.numAffectedRows ?? 0),
    };
  });
}

/** Creates the job for a stored upload (its format and header already read). */
export async function createImportJob(
  em: EntityManager,
  viewer: Viewer,
  file: {
    path: string;
    fileName: string;
    size: number;
    encoding: string;
    delimiter: string;
    headers: string[];
  },
): Promise<ImportJob> {
  const job = em.create(ImportJob, {
    organization: viewer.organizationId,
    createdBy: em.getReference(User, viewer.userId),
    fileName: file.fileName,
    fileSize: file.size,
    filePath: file.path,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
  });
  await em.flush();
  return job;
}
