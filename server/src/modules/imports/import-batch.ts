import {
  duplicateKeys,
  enrichLead,
  gradeForScore,
  LeadStatus,
  matchDuplicate,
  newLeadState,
  phoneCountry,
  type CompiledScoring,
  type ConvertedRow,
  type DuplicateKeys,
  type GradeThresholds,
  type ImportRowError,
  type ScorableLead,
} from "@leadline/shared";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { CANDIDATE_COLUMNS, candidateQuery, useCandidateThreshold } from "../dedup/duplicate-finder.js";
import { AssignmentType } from "../routing/routing.entities.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { rescoreLeads } from "../scoring/rescore.js";
import { ImportDuplicatePolicy } from "./import-job.entity.js";

/** What one batch needs to know besides its rows; built once per import run. */
export interface BatchContext {
  organizationId: string;
  jobId: string;
  actorId: string | null;
  policy: ImportDuplicatePolicy;
  scoring: CompiledScoring;
  gradeThresholds: GradeThresholds;
  /** First-contact deadline in minutes for a grade (the organisation's SLA settings). */
  slaMinutes: (grade: string) => number;
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
      updates.push({ ...leadColumns(row.converted as LeadRow), id: decision.leadId });
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
  if (creates.length > 0) counts.created = await insertLeads(tx, context, creates);
  if (updates.length > 0) counts.updated = await updateLeads(tx, context, updates);
  if (errors.length > 0)
    await sql`
      insert into import_row_error (id, job_id, line, field, value, message)
      select r.id, ${context.jobId}, r.line, r.field, r.value, r.message
      from jsonb_to_recordset(${JSON.stringify(errors)}::jsonb)
        as r(id uuid, line int, field text, value text, message text)`.execute(db);
  return counts;
}

/** Lead columns (snake_case, as jsonb_to_recordset reads them) of a row's fields. */
function leadColumns({ fields, externalId }: LeadRow): Record<string, unknown> {
  const record: Record<string, unknown> = { external_id: externalId };
  for (const [key, value] of Object.entries(fields)) record[snake(key)] = value;
  return record;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A new lead's row: its fields, enrichment, score, grade, breakdown and SLA deadline (ids included), and
 * its owner when the import names one (with the MANUAL history row's values; see `insertLeads`).
 */
export function newLeadRecord(context: BatchContext, row: LeadRow): Record<string, unknown> {
  const lead = newLeadState(row.fields, context.now);
  const { status: enrichmentStatus, enrichment } = enrichLead(lead);
  const result = context.scoring.score(lead as ScorableLead, { now: context.now });
  const grade = gradeForScore(result.score, context.gradeThresholds);
  return {
    ...leadColumns(row),
    id: uuidv7(),
    history_id: uuidv7(),
    status: lead.status,
    tags: lead.tags,
    custom_fields: lead.customFields,
    score: result.score,
    computed_score: result.score,
    score_breakdown: result.breakdown,
    grade,
    enrichment_status: enrichmentStatus,
    enrichment,
    sla_due_at: new Date(context.now.getTime() + context.slaMinutes(grade) * 60_000),
    // A lead imported as already worked on was contacted before: its first-contact clock is not running.
    first_contacted_at: lead.status === LeadStatus.NEW ? null : context.now,
    ...(context.ownerId &&
      assignmentColumns({
        userId: context.ownerId,
        queueTeamId: null,
        ruleId: null,
        assignedById: context.actorId,
        type: AssignmentType.MANUAL,
        reason: `Owner chosen for the import of ${context.fileName}`,
        at: context.now,
      })),
  };
}

/** Who a new lead goes to and why: its owner (or team queue) and the history row's values. */
export interface NewLeadAssignment {
  userId: string | null;
  queueTeamId: string | null;
  ruleId: string | null;
  assignedById: string | null;
  type: AssignmentType;
  reason: string;
  at: Date;
}

/** A new lead record's owner columns; a lead that only waits in a team queue has no history row. */
export function assignmentColumns(assignment: NewLeadAssignment): Record<string, unknown> {
  return {
    assigned_to_id: assignment.userId,
    queue_team_id: assignment.userId ? null : assignment.queueTeamId,
    ...(assignment.userId && {
      assignment_id: uuidv7(),
      assignment_rule_id: assignment.ruleId,
      assigned_by_id: assignment.assignedById,
      assignment_type: assignment.type,
      assignment_reason: assignment.reason,
      assigned_at: assignment.at,
    }),
  };
}

// Every column an import writes, with its type for jsonb_to_recordset.
const INSERT_COLUMNS: [string, string][] = [
  ["id", "uuid"],
  ["first_name", "text"],
  ["last_name", "text"],
  ["email", "text"],
  ["phone", "text"],
  ["job_title", "text"],
  ["company", "text"],
  ["industry", "text"],
  ["company_size", "text"],
  ["employees", "integer"],
  ["annual_revenue", "double precision"],
  ["deal_value", "double precision"],
  ["website", "text"],
  ["street", "text"],
  ["city", "text"],
  ["state", "text"],
  ["postal_code", "text"],
  ["country", "text"],
  ["source", "text"],
  ["campaign", "text"],
  ["utm_source", "text"],
  ["utm_medium", "text"],
  ["utm_campaign", "text"],
  ["utm_term", "text"],
  ["utm_content", "text"],
  ["status", "lead_status"],
  ["lost_reason", "text"],
  ["tags", "text[]"],
  ["do_not_call", "boolean"],
  ["do_not_email", "boolean"],
  ["custom_fields", "jsonb"],
  ["external_id", "text"],
  ["score", "smallint"],
  ["computed_score", "smallint"],
  ["score_breakdown", "jsonb"],
  ["grade", "text"],
  ["enrichment_status", "enrichment_status"],
  ["enrichment", "jsonb"],
  ["sla_due_at", "timestamptz"],
  ["first_contacted_at", "timestamptz"],
  ["assigned_to_id", "uuid"],
  ["queue_team_id", "uuid"],
];
// A new lead's history rows (not lead columns): its CREATED score row, and its first assignment.
const HISTORY_COLUMNS: [string, string][] = [
  ["history_id", "uuid"],
  ["assignment_id", "uuid"],
  ["assignment_rule_id", "uuid"],
  ["assigned_by_id", "uuid"],
  ["assignment_type", "assignment_type"],
  ["assignment_reason", "text"],
  ["assigned_at", "timestamptz"],
];
// The fields a row can fill on an existing lead (first_name .. custom_fields).
const UPDATABLE = INSERT_COLUMNS.slice(1, 31).map(([column]) => column);
const recordType = (columns: [string, string][]) =>
  sql.raw(columns.map(([column, type]) => `${column} ${type}`).join(", "));

async function insertLeads(
  tx: EntityManager,
  context: BatchContext,
  creates: Record<string, unknown>[],
): Promise<number> {
  const defaultsFor = sql.raw(
    ["do_not_call", "do_not_email"].map((c) => `coalesce(r.${c}, false) as ${c}`).join(", "),
  );
  const plain = sql.raw(
    INSERT_COLUMNS.filter(([c]) => c !== "do_not_call" && c !== "do_not_email")
      .map(([c]) => `r.${c}`)
      .join(", "),
  );
  const plainNames = sql.raw(
    INSERT_COLUMNS.filter(([c]) => c !== "do_not_call" && c !== "do_not_email")
      .map(([c]) => c)
      .join(", "),
  );
  const { rows } = await sql<{ created: number }>`
    with r as (
      select * from jsonb_to_recordset(${JSON.stringify(creates)}::jsonb)
        as r(${recordType([...INSERT_COLUMNS, ...HISTORY_COLUMNS])})
    ),
    inserted as (
      insert into lead (${plainNames}, do_not_call, do_not_email, organization_id, created_by_id,
        import_job_id, created_at, updated_at)
      select ${plain}, ${defaultsFor}, ${context.organizationId}, ${context.actorId}, ${context.jobId},
        ${context.now}, ${context.now}
      from r
      returning id
    ),
    history as (
      insert into lead_score
        (id, organization_id, lead_id, score, previous_score, delta, grade, breakdown, reason, actor_id, created_at)
      select r.history_id, ${context.organizationId}, r.id, r.score, null, r.score, r.grade, r.score_breakdown,
        ${ScoreChangeReason.CREATED}::score_change_reason, ${context.actorId}, ${context.now}
      from r join inserted i on i.id = r.id
    ),
    assignments as (
      insert into lead_assignment
        (id, organization_id, lead_id, to_user_id, assigned_by_id, rule_id, type, reason, created_at)
      select r.assignment_id, ${context.organizationId}, r.id, r.assigned_to_id, r.assigned_by_id,
        r.assignment_rule_id, r.assignment_type, r.assignment_reason, r.assigned_at
      from r join inserted i on i.id = r.id
      where r.assignment_id is not null
    )
    select count(*)::int as created from inserted`.execute(tx.getKysely());
  return rows[0]?.created ?? 0;
}

/** Fills existing leads with the rows' non-empty values (tags and custom fields added), then rescores them. */
async function updateLeads(
  tx: EntityManager,
  context: BatchContext,
  updates: Record<string, unknown>[],
): Promise<number> {
  const assignments = sql.raw(
    UPDATABLE.map((column) => {
      if (column === "tags") return "tags = array(select distinct unnest(l.tags || coalesce(r.tags, '{}')))";
      if (column === "custom_fields")
        return "custom_fields = l.custom_fields || coalesce(r.custom_fields, '{}')";
      return `${column} = coalesce(r.${column}, l.${column})`;
    }).join(", "),
  );
  const columns = INSERT_COLUMNS.filter(
    ([column]) => column === "id" || column === "external_id" || UPDATABLE.includes(column),
  );
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
