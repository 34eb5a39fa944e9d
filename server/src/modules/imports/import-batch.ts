import {
  duplicateKeys,
  matchDuplicate,
  newLeadState,
  phoneCountry,
  type ConvertedRow,
  type DuplicateKeys,
  type ImportRowError,
} from "@leadline/shared";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { CANDIDATE_COLUMNS, candidateQuery, useCandidateThreshold } from "../dedup/duplicate-finder.js";
import {
  assignmentColumns,
  fieldColumns,
  insertLeads,
  recordType,
  scoredLeadRecord,
  UPDATABLE_COLUMNS,
} from "../leads/lead-bulk-insert.js";
import type { NewLeadScoring } from "../leads/new-lead-scoring.js";
import { AssignmentType } from "../routing/routing.entities.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { rescoreLeads } from "../scoring/rescore.js";
import { ImportDuplicatePolicy } from "./import-job.entity.js";

/** What one batch needs to know besides its rows; built once per import run. */
export interface BatchContext extends NewLeadScoring {
  organizationId: string;
  jobId: string;
  actorId: string | null;
  policy: ImportDuplicatePolicy;
  now: Date;
  /** The owner the import gives every lead it creates; null: the assignment rules route them. */
  ownerId: string | null;
  fileName: string;
}

export interface BatchRow {
  line: number;
  converted: ConvertedRow;
  /** The row as a new lead (scored, enriched), prepared ahead by the import job while the previous batch writes. */
  prepared?: Record<string, unknown>;
}

export interface BatchCounts {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

/** What a row's dedup decided; the preview shows the same decisions without writing. */
export type RowDecision =
  | { action: "create" }
  | { action: "update" | "skip"; leadId: string | null }
  | { action: "reject"; errors: ImportRowError[] }
  | { action: "junk" };

type LeadRow = Extract<ConvertedRow, { kind: "lead" }>;
interface Candidate {
  id: string;
  externalId: string | null;
  keys: DuplicateKeys;
  /** Found by the fuzzy name lookup of this row (not by a key the row shares). */
  forRow?: number;
}

/**
 * Decides each row of a batch: rejected, junk, a duplicate (of a live lead, or of an earlier row of the
 * same batch) or new. Existing leads are found set-wise, through the same indexes and the same shared
 * rule (`matchDuplicate`) as every other duplicate check: one query for external ids, emails and phones;
 * the trigram name-and-company lookup only for rows with neither email nor phone (per row it costs an
 * index probe, too slow for a million rows that have better keys). Each row is compared only with the
 * leads found through its own keys; within the batch, rows meet on the same external id, email, phone
 * or name key.
 */
export async function decideBatch(
  tx: EntityManager,
  organizationId: string,
  policy: ImportDuplicatePolicy,
  rows: readonly BatchRow[],
): Promise<RowDecision[]> {
  const keysOf = rows.map(({ converted }) =>
    converted.kind === "lead"
      ? duplicateKeys(converted.fields, phoneCountry(converted.fields.country))
      : null,
  );
  const existing = new CandidateIndex();
  if (policy !== ImportDuplicatePolicy.CREATE)
    for (const candidate of await findCandidates(tx, organizationId, rows, keysOf))
      existing.add(candidate, candidate.forRow);

  const pending = new CandidateIndex();
  return rows.map(({ converted }, index): RowDecision => {
    if (converted.kind === "junk") return { action: "junk" };
    if (converted.kind === "rejected") return { action: "reject", errors: converted.errors };
    if (policy === ImportDuplicatePolicy.CREATE) return { action: "create" };
    const keys = keysOf[index]!;
    const found = strongestMatch(
      existing.near(converted.externalId, keys, index),
      converted.externalId,
      keys,
    );
    if (found)
      return { action: policy === ImportDuplicatePolicy.UPDATE ? "update" : "skip", leadId: found.id };
    // The same person twice in the file: the first row wins, the later ones count as skipped.
    if (strongestMatch(pending.near(converted.externalId, keys, index), converted.externalId, keys))
      return { action: "skip", leadId: null };
    pending.add({ id: String(index), externalId: converted.externalId, keys });
    return { action: "create" };
  });
}

/** Candidates by each exact key (and fuzzy name matches by the row that asked for them). */
class CandidateIndex {
  private readonly byKey = new Map<string, Candidate[]>();

  add(candidate: Candidate, forRow?: number): void {
    const keys = [
      candidate.externalId && `x:${candidate.externalId}`,
      candidate.keys.email && `e:${candidate.keys.email}`,
      candidate.keys.phone && `p:${candidate.keys.phone}`,
      candidate.keys.name && `n:${candidate.keys.name}`,
      forRow !== undefined && `r:${forRow}`,
    ];
    for (const key of keys) if (key) this.byKey.set(key, [...(this.byKey.get(key) ?? []), candidate]);
  }

  near(externalId: string | null, keys: DuplicateKeys, row: number): Candidate[] {
    const lookups = [
      externalId && `x:${externalId}`,
      keys.email && `e:${keys.email}`,
      keys.phone && `p:${keys.phone}`,
      keys.name && `n:${keys.name}`,
      `r:${row}`,
    ];
    return lookups.flatMap((key) => (key ? (this.byKey.get(key) ?? []) : []));
  }
}

function strongestMatch(candidates: readonly Candidate[], externalId: string | null, keys: DuplicateKeys) {
  if (externalId) {
    const same = candidates.find((candidate) => candidate.externalId === externalId);
    if (same) return same;
  }
  let best: { candidate: Candidate; rank: number } | undefined;
  for (const candidate of candidates) {
    const match = matchDuplicate(keys, candidate.keys);
    if (!match) continue;
    const rank = match.reason === "EMAIL" ? 3 : match.reason === "PHONE" ? 2 : match.similarity;
    if (!best || rank > best.rank) best = { candidate, rank };
  }
  return best?.candidate;
}

async function findCandidates(
  tx: EntityManager,
  organizationId: string,
  rows: readonly BatchRow[],
  keysOf: readonly (DuplicateKeys | null)[],
): Promise<Candidate[]> {
  const db = tx.getKysely();
  const emails = keysOf.flatMap((keys) => (keys?.email ? [keys.email] : []));
  const phones = keysOf.flatMap((keys) => (keys?.phone ? [keys.phone] : []));
  const externalIds = rows.flatMap(({ converted }) =>
    converted.kind === "lead" && converted.externalId ? [converted.externalId] : [],
  );
  const { rows: exact } = await sql<CandidateRow>`
    select ${CANDIDATE_COLUMNS}, l.external_id from lead l left join lead_search s on s.lead_id = l.id
    where l.organization_id = ${organizationId} and l.deleted_at is null
      and (l.email = any(${emails}::text[]) or l.phone = any(${phones}::text[])
        or (l.external_id is not null and l.external_id = any(${externalIds}::text[])))`.execute(db);

  const candidates: Candidate[] = exact.map(toCandidate);
  // Rows with neither email nor phone: the name-and-company lookup, remembered for the row that asked.
  const nameOnly = keysOf.flatMap((keys, row) =>
    keys?.name && !keys.email && !keys.phone ? [{ keys, row }] : [],
  );
  if (nameOnly.length > 0) {
    await useCandidateThreshold(tx);
    for (const { keys, row } of nameOnly) {
      const query = candidateQuery(organizationId, { email: null, phone: null, name: keys.name });
      if (query)
        for (const found of (await query.execute(db)).rows)
          candidates.push({ ...toCandidate({ ...found, external_id: null }), forRow: row });
    }
  }
  return candidates;
}

const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id,
  externalId: row.external_id,
  keys: { email: row.email, phone: row.phone, name: row.dedup_name },
});

interface CandidateRow {
  id: string;
  email: string | null;
  phone: string | null;
  external_id: string | null;
  dedup_name: string | null;
}

/**
 * Writes one decided batch inside the caller's transaction, set-wise: new leads scored by the compiled
 * rules (as buildScoredLead scores one: enrichment, score, grade, breakdown, a CREATED history row, the
 * SLA clock; the stage comes from the lead_stage_sync trigger) go in with one INSERT, with the owner or
 * team queue routing gave them (see import-routing.ts), their score and assignment history with the same
 * statement; duplicates under UPDATE are filled with one UPDATE (their owner untouched) and rescored;
 * rejected rows' errors go in with one INSERT.
 */
export async function writeBatch(
  tx: EntityManager,
  context: BatchContext,
  rows: readonly BatchRow[],
  decisions: readonly RowDecision[],
): Promise<BatchCounts> {
  const counts: BatchCounts = { created: 0, updated: 0, skipped: 0, failed: 0 };
  const creates: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const errors: Record<string, unknown>[] = [];
  decisions.forEach((decision, index) => {
    const row = rows[index]!;
    if (decision.action === "create")
      creates.push(row.prepared ?? newLeadRecord(context, row.converted as LeadRow));
    else if (decision.action === "update" && decision.leadId)
      updates.push({
        ...fieldColumns((row.converted as LeadRow).fields, (row.converted as LeadRow).externalId),
        id: decision.leadId,
      });
    else if (decision.action === "skip" || decision.action === "update") counts.skipped++;
    else if (decision.action === "reject") {
      counts.failed++;
      for (const error of decision.errors)
        errors.push({
          id: uuidv7(),
          line: row.line,
          field: error.field,
          value: error.value,
          message: error.message,
        });
    }
  });
  const db = tx.getKysely();
  if (creates.length > 0)
    counts.created = await insertLeads(
      tx,
      {
        organizationId: context.organizationId,
        actorId: context.actorId,
        importJobId: context.jobId,
        now: context.now,
      },
      creates,
    );
  if (updates.length > 0) counts.updated = await updateLeads(tx, context, updates);
  if (errors.length > 0)
    await sql`
      insert into import_row_error (id, job_id, line, field, value, message)
      select r.id, ${context.jobId}, r.line, r.field, r.value, r.message
      from jsonb_to_recordset(${JSON.stringify(errors)}::jsonb)
        as r(id uuid, line int, field text, value text, message text)`.execute(db);
  return counts;
}

/**
 * A new lead's row: its fields, enrichment, score, grade, breakdown and SLA deadline (ids included), and
 * its owner when the import names one (with the MANUAL history row's values; see `insertLeads`).
 */
export function newLeadRecord(context: BatchContext, row: LeadRow): Record<string, unknown> {
  const record = scoredLeadRecord(
    context,
    newLeadState(row.fields, context.now),
    fieldColumns(row.fields, row.externalId),
    context.now,
  );
  if (!context.ownerId) return record;
  return Object.assign(
    record,
    assignmentColumns({
      userId: context.ownerId,
      queueTeamId: null,
      ruleId: null,
      assignedById: context.actorId,
      type: AssignmentType.MANUAL,
      reason: `Owner chosen for the import of ${context.fileName}`,
      at: context.now,
    }),
  );
}

/** Fills existing leads with the rows' non-empty values (tags and custom fields added), then rescores them. */
async function updateLeads(
  tx: EntityManager,
  context: BatchContext,
  updates: Record<string, unknown>[],
): Promise<number> {
  const assignments = sql.raw(
    UPDATABLE_COLUMNS.map(([column]) => {
      if (column === "tags") return "tags = array(select distinct unnest(l.tags || coalesce(r.tags, '{}')))";
      if (column === "custom_fields")
        return "custom_fields = l.custom_fields || coalesce(r.custom_fields, '{}')";
      return `${column} = coalesce(r.${column}, l.${column})`;
    }).join(", "),
  );
  const columns: [string, string][] = [["id", "uuid"], ["external_id", "text"], ...UPDATABLE_COLUMNS];
  const { rows } = await sql<{ id: string }>`
    update lead l set ${assignments}, external_id = coalesce(l.external_id, r.external_id), updated_at = ${context.now}
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as r(${recordType(columns)})
    -- The id list gives the planner the primary key (joined to the records alone, it may scan the table).
    where l.id = any(${updates.map((update) => update.id)}::uuid[]) and l.id = r.id
      and l.organization_id = ${context.organizationId} and l.deleted_at is null
    returning l.id`.execute(tx.getKysely());
  if (rows.length > 0)
    await rescoreLeads(
      tx,
      { organizationId: context.organizationId, leadIds: rows.map((row) => row.id) },
      { reason: ScoreChangeReason.UPDATED, actorId: context.actorId, now: context.now },
    );
  return rows.length;
}
