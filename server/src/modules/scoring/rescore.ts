import {
  compileScoring,
  gradeForScore,
  type ScorableLead,
  type ScoreBreakdownEntry,
  type ScoreResult,
} from "@leadline/shared";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import type { JobQueue } from "../../jobs/queue.js";
import type { Lead } from "../leads/lead.entity.js";
import { LEADS_PER_RESCORED_EVENT, WebhookEventType } from "../webhook-endpoints/webhook-events.js";
import { emitWebhookEvents, leadWebhookData } from "../webhook-endpoints/webhook-outbox.js";
import type { LeadFilter } from "../leads/lead.inputs.js";
import { leadFilterConditions } from "../leads/lead-list.query.js";
import { leadListColumns, leadRowMapper } from "../leads/lead-row.js";
import type { ScoreChangeReason } from "./lead-score.entity.js";
import { loadScoringSettings, ScoringService } from "./scoring.service.js";

export interface RescoreScope {
  organizationId: string;
  /** Only the leads this filter selects; all of the organisation's leads when absent. */
  filter?: LeadFilter | null;
  /** Only leads last active (or created) before this instant: the ones decay may have moved. */
  inactiveBefore?: Date;
  /** Only these leads (e.g. the ones an import just updated). */
  leadIds?: string[];
}

export interface RescoreProgress {
  total: number;
  processed: number;
  changed: number;
}

export interface RescoreOptions {
  reason: ScoreChangeReason;
  actorId?: string | null;
  now?: Date;
  /** Leads read, scored and written per step (one transaction each). */
  batchSize?: number;
  /** Called once the leads are counted, then after each batch is committed. */
  onProgress?: (progress: RescoreProgress) => Promise<void>;
  /**
   * Given: the leads whose score moved are announced, committed with their batch, as leads.rescored events
   * of up to a hundred leads each (with the scoring run's id), to the endpoints subscribed to lead.scored.
   */
  webhooks?: { jobs: JobQueue; runId: string };
  /** Stops the run once the batches in flight are written (the instance is stopping); throws its reason. */
  signal?: AbortSignal;
}

/** When a lead was last active: the moment decay counts from (see the shared evaluator). */
// The evaluator's daysSinceLastActivity reads both: engagement by the lead and activity logged by people.
const LAST_ACTIVE_SQL = sql`greatest(l.last_engagement_at, l.last_activity_at, l.created_at)`;

/** Batches written at once: two cores. */
export const CONCURRENT_WRITES = 2;

interface Update {
  id: string;
  version: string;
  score: number;
  computedScore: number;
  grade: string;
  breakdown: ScoreBreakdownEntry[];
  /** Set when the effective score moved: a history row is written. */
  previous: number | null | undefined;
}

/**
 * Rescores many leads set-wise: rules are compiled once, leads are read in id order a batch at a time
 * (the next batch is read and scored while the current one is written), scored by the shared evaluator, and only
 * those whose score, grade or breakdown changed are written, with one UPDATE and one history INSERT per
 * batch. A lead edited meanwhile (its row version moved) is left alone: the edit scored it already.
 * Idempotent: a second run over unchanged leads writes nothing.
 */
export async function rescoreLeads(
  em: EntityManager,
  scope: RescoreScope,
  {
    reason,
    actorId = null,
    now = new Date(),
    batchSize = 2_000,
    onProgress,
    webhooks,
    signal,
  }: RescoreOptions,
): Promise<RescoreProgress> {
  const [rules, settings] = await Promise.all([
    new ScoringService(em, scope.organizationId).activeRules(),
    loadScoringSettings(em, scope.organizationId),
  ]);
  const scoring = compileScoring(rules, settings);
  const db = em.getKysely();
  const where = leadFilterConditions(scope.organizationId, scope.filter ?? {});
  if (scope.inactiveBefore) where.push(sql`${LAST_ACTIVE_SQL} < ${scope.inactiveBefore}`);
  if (scope.leadIds) where.push(sql`l.id = any(${scope.leadIds}::uuid[])`);
  const condition = sql.join(where, sql` and `);
  const columns = sql.raw([...leadListColumns(em), "score_breakdown"].map((c) => `l."${c}"`).join(", "));
  const toLead = leadRowMapper(em);

  const { rows: counted } = await sql<{ total: number }>`
    select count(*)::int as total from lead l where ${condition}`.execute(db);
  const progress: RescoreProgress = { total: counted[0]?.total ?? 0, processed: 0, changed: 0 };
  await onProgress?.({ ...progress });

  const readAfter = async (afterId: string | null) => {
    const { rows } = await sql<Record<string, unknown>>`
      select ${columns}, l.xmin::text as row_version from lead l
      where ${condition} ${afterId ? sql`and l.id > ${afterId}` : sql``}
      order by l.id limit ${batchSize}`.execute(db);
    return rows;
  };

  /** Scores a batch: the updates to write and the leads they describe (for the webhooks). */
  const scoreRows = (rows: Record<string, unknown>[]) => {
    const updates: Update[] = [];
    const leads = new Map<string, Lead>();
    for (const row of rows) {
      const lead = toLead(row);
      const result = scoring.score(lead as unknown as ScorableLead, { now });
      const score = lead.scoreOverride ?? result.score;
      const grade = gradeForScore(score, settings.gradeThresholds);
      if (unchanged(lead, result, score, grade)) continue;
      updates.push({
        id: lead.id,
        version: String(row.row_version),
        score,
        computedScore: result.score,
        grade,
        breakdown: result.breakdown,
        previous: score === lead.score ? undefined : lead.score,
      });
      leads.set(lead.id, Object.assign(lead, { score, grade }));
    }
    return { updates, leads };
  };
  /** Writes a scored batch; resolves with how many leads it changed. */
  const write = async ({ updates, leads }: ReturnType<typeof scoreRows>): Promise<number> => {
    if (updates.length === 0) return 0;
    return writer().transactional(async (tx) => {
      const written = await writeBatch(tx, scope.organizationId, updates, reason, actorId, now);
      const moved = updates.filter((u) => u.previous !== undefined && written.has(u.id));
      if (webhooks) {
        const changes = moved.map((u) => ({
          lead: leadWebhookData(leads.get(u.id)!),
          previousScore: u.previous,
        }));
        const events = [];
        for (let at = 0; at < changes.length; at += LEADS_PER_RESCORED_EVENT)
          events.push({
            runId: webhooks.runId,
            reason,
            leads: changes.slice(at, at + LEADS_PER_RESCORED_EVENT),
          });
        await emitWebhookEvents(
          tx,
          webhooks.jobs,
          scope.organizationId,
          WebhookEventType.LEADS_RESCORED,
          events,
        );
      }
      return written.size;
    });
  };

  // PostgreSQL writes two batches at once (each in a transaction on a connection of its own; they touch
  // different leads) while it reads the next and Node scores it: a write is most of a batch's time, and
  // one write keeps one of the two cores busy. Progress is reported in batch order, a batch once it is
  // written and the next has been read. Inside the caller's transaction (an import's updated leads)
  // there is one connection: writes go in turn.
  const inTransaction = em.isInTransaction();
  const writer = () => (inTransaction ? em : em.fork());
  const maxWrites = inTransaction ? 1 : CONCURRENT_WRITES;
  const writing: Promise<{ read: number; changed: number }>[] = [];
  const reportOldest = async () => {
    const { read, changed } = await writing.shift()!;
    progress.processed += read;
    progress.changed += changed;
    await onProgress?.({ ...progress });
  };
  let rows = await readAfter(null);
  while (rows.length > 0) {
    const reading = rows.length === batchSize ? readAfter(String(rows.at(-1)!.id)) : Promise.resolve([]);
    const scored = scoreRows(rows);
    while (writing.length >= maxWrites) await reportOldest();
    const read = rows.length;
    const written = write(scored).then((changed) => ({ read, changed }));
    // Awaited later, in order; handled now, so a failure meanwhile is not "unhandled".
    written.catch(() => undefined);
    writing.push(written);
    if (inTransaction) await reportOldest();
    rows = await reading;
    if (signal?.aborted) break;
  }
  while (writing.length > 0) await reportOldest();
  signal?.throwIfAborted();
  return progress;
}

function unchanged(
  lead: { computedScore: number; score: number; grade: string | null; scoreBreakdown: unknown },
  result: ScoreResult,
  score: number,
  grade: string,
): boolean {
  return (
    lead.computedScore === result.score &&
    lead.score === score &&
    lead.grade === grade &&
    sameBreakdown(lead.scoreBreakdown as ScoreBreakdownEntry[], result.breakdown)
  );
}

// Stored breakdowns come back from jsonb with their keys reordered: compare what each entry says.
function sameBreakdown(stored: ScoreBreakdownEntry[] | null, fresh: ScoreBreakdownEntry[]): boolean {
  if (!Array.isArray(stored) || stored.length !== fresh.length) return false;
  return fresh.every((entry, index) => {
    const old = stored[index]!;
    return (
      old.ruleId === entry.ruleId &&
      old.name === entry.name &&
      old.points === entry.points &&
      old.rulePoints === entry.rulePoints &&
      JSON.stringify(old.matchedValue) === JSON.stringify(entry.matchedValue)
    );
  });
}

/**
 * One statement: update the leads still at the version read, and write history for those whose score
 * moved. Returns the ids written (a lead edited meanwhile is not among them).
 */
async function writeBatch(
  em: EntityManager,
  organizationId: string,
  updates: Update[],
  reason: ScoreChangeReason,
  actorId: string | null,
  now: Date,
): Promise<Set<string>> {
  // One JSON document for the batch: PostgreSQL parses it in one go, where arrays of JSON strings cost
  // an escape per character on this side and an array literal to parse on the other.
  const records = updates.map((update) => ({
    id: update.id,
    version: update.version,
    score: update.score,
    computed_score: update.computedScore,
    grade: update.grade,
    breakdown: update.breakdown,
    previous: update.previous ?? null,
    moved: update.previous !== undefined,
    history_id: uuidv7(),
  }));
  const { rows } = await sql<{ id: string }>`
    with v as (
      select * from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as v(id uuid, version text,
        score smallint, computed_score smallint, grade text, breakdown jsonb, previous smallint, moved boolean,
        history_id uuid)
    ),
    u as (
      update lead l
      set score = v.score, computed_score = v.computed_score, grade = v.grade, score_breakdown = v.breakdown
      from v
      -- The id list lets the planner reach the batch through the primary key: joined to v alone, it
      -- hashes a scan of the whole table for every batch.
      where l.id = any(${updates.map((update) => update.id)}::uuid[]) and l.id = v.id and l.organization_id = ${organizationId}
        and l.xmin::text = v.version
      returning l.id
    ),
    h as (
      insert into lead_score
        (id, organization_id, lead_id, score, previous_score, delta, grade, breakdown, reason, actor_id, created_at)
      select v.history_id, ${organizationId}, v.id, v.score, v.previous, v.score - coalesce(v.previous, 0),
        v.grade, v.breakdown, ${reason}::score_change_reason, ${actorId}, ${now}
      from v join u on u.id = v.id
      where v.moved
    )
    select id from u`.execute(em.getKysely());
  return new Set(rows.map((row) => row.id));
}
