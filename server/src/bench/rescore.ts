import { isDeepStrictEqual } from "node:util";
import { compileScoring, evaluateScore, planScoring, type ScorableLead } from "@leadline/shared";
import { sql } from "kysely";
import type { MikroORM } from "../db/orm.js";
import { Lead } from "../modules/leads/lead.entity.js";
import { Organization } from "../modules/organizations/organization.entity.js";
import { createScoringDefaults } from "../modules/scoring/default-rules.js";
import { ScoreChangeReason } from "../modules/scoring/lead-score.entity.js";
import { rescoreLeads } from "../modules/scoring/rescore.js";
import { ScoringRule } from "../modules/scoring/scoring-rule.entity.js";
import {
  impactGroupsByEvaluator,
  impactGroupsInSql,
  summarizeImpact,
} from "../modules/scoring/scoring-impact.js";
import { loadScoringSettings, toRuleDefinition } from "../modules/scoring/scoring.service.js";
import { benchRescoreFloor } from "./rescore-floor.js";
import { emit, progress, round, secondsSince as seconds } from "./stats.js";

/**
 * Rescoring a whole organisation after a rule change, at each size in `sizes` (the organisation is grown
 * to it by copying its leads in SQL), next to a bare `UPDATE lead SET score = score` over the same rows
 * in the same run: the floor any rescoring that writes every lead must pay.
 */
export async function benchRescore(orm: MikroORM, organizationId: string, sizes: number[]): Promise<boolean> {
  const em = orm.em.fork();
  const organization = em.getReference(Organization, organizationId);
  if ((await em.count(ScoringRule, { organization })) === 0) createScoringDefaults(em, organization);
  await em.flush();
  const rules = await em.count(ScoringRule, { organization, active: true });
  let ok = true;
  for (const size of sizes) {
    const leads = await growTo(orm, organizationId, size);
    // A change that moves most scores: company now counts 12 points more.
    await sql`update scoring_rule set points = points + 12 where organization_id = ${organizationId} and field = 'company'`.execute(
      orm.em.fork().getKysely(),
    );
    // One clock for both runs and the check: decay moves scores as weeks pass, even between two runs.
    const now = new Date();
    ok = (await benchImpact(orm, organizationId, leads, now)) && ok;
    progress(`rescoring ${leads} leads after a rule change`);
    let started = performance.now();
    const changed = await rescoreLeads(
      orm.em.fork(),
      { organizationId },
      { reason: ScoreChangeReason.RULES_CHANGED, now },
    );
    const rescoreSeconds = seconds(started);
    progress(`rescoring ${leads} leads again (nothing to change)`);
    started = performance.now();
    const unchanged = await rescoreLeads(
      orm.em.fork(),
      { organizationId },
      { reason: ScoreChangeReason.RESCORED, now },
    );
    const readOnlySeconds = seconds(started);
    progress(`bare UPDATE of ${leads} leads`);
    started = performance.now();
    await sql`update lead set score = score where organization_id = ${organizationId} and deleted_at is null`.execute(
      orm.em.fork().getKysely(),
    );
    const bareSeconds = seconds(started);
    const correct = await sampleMatchesEvaluator(orm, organizationId, now);
    await benchRescoreFloor(orm, organizationId, leads, rescoreSeconds, now);
    ok &&= correct && unchanged.changed === 0;
    emit({
      bench: "rescore_organization",
      leads,
      rules,
      changed: changed.changed,
      seconds: round(rescoreSeconds),
      leads_per_second: Math.round(leads / rescoreSeconds),
      unchanged_rescore_seconds: round(readOnlySeconds),
      unchanged_rescore_leads_per_second: Math.round(leads / readOnlySeconds),
      bare_update_seconds: round(bareSeconds),
      bare_update_rows_per_second: Math.round(leads / bareSeconds),
      ratio_vs_bare_update: round(bareSeconds / rescoreSeconds, 3),
      second_run_changed: unchanged.changed,
      sample_matches_evaluator: correct,
      unit: "leads/s",
    });
  }
  return ok;
}

/**
 * scoringImpact for the changed rules (the stored scores are still the old ones), answered both ways on the
 * same leads: by PostgreSQL with the rules compiled to SQL, and by reading every lead into the evaluator;
 * next to a bare pass over the same rows (score and grade counted), the floor of any answer. True when
 * both ways give the same answer.
 */
async function benchImpact(
  orm: MikroORM,
  organizationId: string,
  leads: number,
  now: Date,
): Promise<boolean> {
  const em = orm.em.fork();
  const rules = (await em.find(ScoringRule, { organization: organizationId })).map(toRuleDefinition);
  const settings = await loadScoringSettings(em, organizationId);
  progress(`scoringImpact over ${leads} leads in SQL`);
  let started = performance.now();
  const inSql = await impactGroupsInSql(em, organizationId, planScoring(rules, settings), now);
  const sqlSeconds = seconds(started);
  progress(`scoringImpact over ${leads} leads in the evaluator`);
  started = performance.now();
  const byEvaluator = await impactGroupsByEvaluator(em, organizationId, compileScoring(rules, settings), now);
  const evaluatorSeconds = seconds(started);
  started = performance.now();
  await sql`select score, grade, count(*) from lead where organization_id = ${organizationId}
    and deleted_at is null group by 1, 2`.execute(em.getKysely());
  const bareSeconds = seconds(started);
  const summary = inSql && summarizeImpact(inSql, settings.gradeThresholds);
  const agree = isDeepStrictEqual(summary, summarizeImpact(byEvaluator, settings.gradeThresholds));
  emit({
    bench: "scoring_impact",
    leads,
    rules: rules.filter((rule) => rule.active).length,
    scores_changed: summary?.scoresChanged ?? null,
    sql_seconds: round(sqlSeconds),
    sql_leads_per_second: Math.round(leads / sqlSeconds),
    evaluator_seconds: round(evaluatorSeconds),
    evaluator_leads_per_second: Math.round(leads / evaluatorSeconds),
    speedup_sql_vs_evaluator: round(evaluatorSeconds / sqlSeconds, 1),
    bare_group_by_seconds: round(bareSeconds),
    ratio_vs_bare_group_by: round(bareSeconds / sqlSeconds, 3),
    answers_agree: agree,
    unit: "leads/s",
  });
  return agree;
}

/** Copies the organisation's live leads (new ids) until it has at least `size`; returns the live count. */
async function growTo(orm: MikroORM, organizationId: string, size: number): Promise<number> {
  const db = orm.em.fork().getKysely();
  const count = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from lead where organization_id = ${organizationId} and deleted_at is null`.execute(
        db,
      )
    ).rows[0]!.n;
  // Every stored column but the key: generated ones (search and dedup columns) are computed again.
  const { rows: columns } = await sql<{ name: string }>`select column_name as name
    from information_schema.columns where table_schema = current_schema() and table_name = 'lead'
      and is_generated = 'NEVER' and column_name <> 'id'`.execute(db);
  const list = sql.raw(columns.map(({ name }) => `"${name}"`).join(", "));
  for (let live = await count(); live < size; live = await count()) {
    progress(`copying leads: ${live} of ${size}`);
    await sql`insert into lead (id, ${list})
      select gen_random_uuid(), ${list} from lead
      where organization_id = ${organizationId} and deleted_at is null
      limit ${size - live}`.execute(db);
  }
  await sql`vacuum analyze lead`.execute(db);
  return count();
}

/** 500 random leads: the stored score is what the shared evaluator gives with the stored rules. */
async function sampleMatchesEvaluator(orm: MikroORM, organizationId: string, now: Date): Promise<boolean> {
  const em = orm.em.fork();
  const rules = (await em.find(ScoringRule, { organization: organizationId })).map(toRuleDefinition);
  const settings = await loadScoringSettings(em, organizationId);
  const ids = await sql<{ id: string }>`select id from lead where organization_id = ${organizationId}
    and deleted_at is null order by random() limit 500`.execute(em.getKysely());
  const leads = await em.find(Lead, { id: { $in: ids.rows.map((row) => row.id) } });
  return leads.every(
    (lead) =>
      lead.score ===
      (lead.scoreOverride ?? evaluateScore(rules, lead as unknown as ScorableLead, { now }, settings).score),
  );
}
