import {
  type CompiledScoring,
  type GradeThresholds,
  gradeForScore,
  type ScorableLead,
  type ScoringPlan,
} from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import { leadRowMapper } from "../leads/lead-row.js";
import { DistributionTally } from "./distribution.js";
import type { GradeTransition, ScoringImpact } from "./scoring-analysis.types.js";
import { compileScoreSql, hasIcu } from "./scoring-sql.js";

const EVALUATOR_BATCH = 5_000;

/** How many live leads go from one stored score and grade to another score (the override, if any, stays). */
export interface ImpactGroup {
  before: number;
  beforeGrade: string | null;
  after: number;
  count: number;
}

/** The groups counted by PostgreSQL with the rules compiled to SQL; null when they do not compile. */
export async function impactGroupsInSql(
  em: EntityManager,
  organizationId: string,
  plan: ScoringPlan,
  now: Date,
): Promise<ImpactGroup[] | null> {
  const compiled = compileScoreSql(plan, { alias: "l", now, icu: await hasIcu(em) });
  if (!compiled) return null;
  const leads = compiled.from(sql`l.organization_id = ${organizationId} and l.deleted_at is null`);
  const { rows } = await sql<ImpactGroup>`
    select l.score as before, l.grade as "beforeGrade", coalesce(l.score_override, ${compiled.score}) as after,
      count(*)::int as count
    from ${leads} group by 1, 2, 3`.execute(em.getKysely());
  return rows;
}

/** The same groups with every lead read into Node in id order, a batch at a time, and scored there. */
export async function impactGroupsByEvaluator(
  em: EntityManager,
  organizationId: string,
  scoring: CompiledScoring,
  now: Date,
): Promise<ImpactGroup[]> {
  const groups = new Map<string, ImpactGroup>();
  const toLead = leadRowMapper(em);
  let lastId = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await sql<Record<string, unknown>>`select * from lead
      where organization_id = ${organizationId} and deleted_at is null and id > ${lastId}::uuid
      order by id limit ${EVALUATOR_BATCH}`.execute(em.getKysely());
    for (const row of rows) {
      const lead = toLead(row);
      const after = lead.scoreOverride ?? scoring.score(lead as unknown as ScorableLead, { now }).score;
      const key = `${lead.score}/${lead.grade}/${after}`;
      const group = groups.get(key) ?? { before: lead.score, beforeGrade: lead.grade, after, count: 0 };
      group.count++;
      groups.set(key, group);
    }
    if (rows.length < EVALUATOR_BATCH) break;
    lastId = String(rows.at(-1)!.id);
  }
  return [...groups.values()];
}

/** The distributions before and after, and the grade moves, from the groups. */
export function summarizeImpact(groups: ImpactGroup[], thresholds: GradeThresholds): ScoringImpact {
  const before = new DistributionTally();
  const after = new DistributionTally();
  const transitions = new Map<string, GradeTransition>();
  let scoresChanged = 0;
  for (const group of groups) {
    const afterGrade = gradeForScore(group.after, thresholds);
    before.add(group.before, group.beforeGrade, group.count);
    after.add(group.after, afterGrade, group.count);
    if (group.after !== group.before) scoresChanged += group.count;
    if (afterGrade !== group.beforeGrade) {
      const key = `${group.beforeGrade}>${afterGrade}`;
      const transition = transitions.get(key) ?? { from: group.beforeGrade, to: afterGrade, count: 0 };
      transition.count += group.count;
      transitions.set(key, transition);
    }
  }
  const gradeTransitions = [...transitions.values()].sort((a, b) => b.count - a.count);
  return {
    leadsEvaluated: before.total,
    scoresChanged,
    gradesChanged: gradeTransitions.reduce((sum, t) => sum + t.count, 0),
    gradeTransitions,
    before: before.result(),
    after: after.result(),
  };
}
