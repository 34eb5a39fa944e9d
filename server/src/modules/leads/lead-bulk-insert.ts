import {
  enrichLead,
  gradeForScore,
  LeadStatus,
  type LeadFieldsInput,
  type newLeadState,
  type ScorableLead,
} from "@leadline/shared";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import type { AssignmentType } from "../routing/routing.entities.js";
import type { RoutingDecision } from "../routing/routing.service.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import type { NewLeadScoring } from "./new-lead-scoring.js";

/**
 * New leads written set-wise, without entities: a batch of records (snake_case columns) goes in with ONE
 * statement that also writes each lead's CREATED score row and first assignment row. Imports and the
 * capture channels write through it; single leads created through GraphQL go through LeadBuilder, which
 * gives a lead the same score, grade, enrichment and SLA deadline (tests compare the two).
 */

/** A lead about to be written, as scoring and routing read it (see the shared `newLeadState`). */
export type NewLeadState = ReturnType<typeof newLeadState>;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Lead columns (snake_case, as jsonb_to_recordset reads them) of validated fields. */
export function fieldColumns(
  fields: LeadFieldsInput,
  externalId: string | null = null,
): Record<string, unknown> {
  const record: Record<string, unknown> = { external_id: externalId };
  for (const [key, value] of Object.entries(fields)) record[snake(key)] = value;
  return record;
}

/**
 * A new lead's record: `columns` (its fields) with its id, enrichment, score, grade, breakdown, CREATED
 * history row id and SLA deadline, from `lead` (the same lead as scoring reads it).
 */
export function scoredLeadRecord(
  context: NewLeadScoring,
  lead: NewLeadState,
  columns: Record<string, unknown>,
  now: Date,
): Record<string, unknown> {
  const { status: enrichmentStatus, enrichment } = enrichLead(lead);
  const result = context.scoring.score(lead as ScorableLead, { now });
  const grade = gradeForScore(result.score, context.gradeThresholds);
  return {
    ...columns,
    id: (columns.id as string | undefined) ?? uuidv7(),
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
    sla_due_at: new Date(now.getTime() + context.slaMinutes(grade) * 60_000),
    // A lead created as already worked on was contacted before: its first-contact clock is not running.
    first_contacted_at: lead.status === LeadStatus.NEW ? null : now,
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

/** The owner columns of a record that the assignment rules routed. */
export const routedColumns = (decision: RoutingDecision, at: Date) =>
  assignmentColumns({
    userId: decision.userId,
    queueTeamId: decision.queueTeamId,
    ruleId: decision.rule.id,
    assignedById: null,
    type: decision.type,
    reason: decision.reason,
    at,
  });

// Every column a new lead's record may hold, with its type for jsonb_to_recordset. Those with a table
// default are written through coalesce (a record leaves them out).
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
  ["source_campaign_id", "uuid"],
  ["form_submissions", "integer"],
  ["last_engagement_at", "timestamptz"],
  ["consent_given", "boolean"],
  ["consent_at", "timestamptz"],
  ["consent_source", "text"],
];
const DEFAULTS: Record<string, string> = {
  do_not_call: "false",
  do_not_email: "false",
  form_submissions: "0",
  consent_given: "false",
};
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
/** The fields a row can fill on an existing lead (first_name .. custom_fields). */
export const UPDATABLE_COLUMNS = INSERT_COLUMNS.slice(1, 31);
export const recordType = (columns: [string, string][]) =>
  sql.raw(columns.map(([column, type]) => `${column} ${type}`).join(", "));

const LEAD_COLUMNS = sql.raw(INSERT_COLUMNS.map(([column]) => column).join(", "));
const LEAD_VALUES = sql.raw(
  INSERT_COLUMNS.map(([column]) =>
    column in DEFAULTS ? `coalesce(r.${column}, ${DEFAULTS[column]})` : `r.${column}`,
  ).join(", "),
);
const RECORD_TYPE = recordType([...INSERT_COLUMNS, ...HISTORY_COLUMNS]);

/** Who writes a batch of new leads, and when. */
export interface LeadInsertContext {
  organizationId: string;
  actorId: string | null;
  importJobId: string | null;
  now: Date;
}

/** Inserts new lead records (see `scoredLeadRecord`) with their history rows; returns how many went in. */
export async function insertLeads(
  tx: EntityManager,
  context: LeadInsertContext,
  records: readonly Record<string, unknown>[],
): Promise<number> {
  if (records.length === 0) return 0;
  const { organizationId, actorId, importJobId, now } = context;
  const { rows } = await sql<{ created: number }>`
    with r as (
      select * from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${RECORD_TYPE})
    ),
    inserted as (
      insert into lead (${LEAD_COLUMNS}, organization_id, created_by_id, import_job_id, created_at, updated_at)
      select ${LEAD_VALUES}, ${organizationId}, ${actorId}, ${importJobId}, ${now}, ${now}
      from r
      returning id
    ),
    history as (
      insert into lead_score
        (id, organization_id, lead_id, score, previous_score, delta, grade, breakdown, reason, actor_id, created_at)
      select r.history_id, ${organizationId}, r.id, r.score, null, r.score, r.grade, r.score_breakdown,
        ${ScoreChangeReason.CREATED}::score_change_reason, ${actorId}, ${now}
      from r join inserted i on i.id = r.id
    ),
    assignments as (
      insert into lead_assignment
        (id, organization_id, lead_id, to_user_id, assigned_by_id, rule_id, type, reason, created_at)
      select r.assignment_id, ${organizationId}, r.id, r.assigned_to_id, r.assigned_by_id,
        r.assignment_rule_id, r.assignment_type, r.assignment_reason, r.assigned_at
      from r join inserted i on i.id = r.id
      where r.assignment_id is not null
    )
    select count(*)::int as created from inserted`.execute(tx.getKysely());
  return rows[0]?.created ?? 0;
}
