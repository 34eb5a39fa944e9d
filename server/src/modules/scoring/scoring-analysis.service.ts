import {
  compileScoring,
  type CompiledScoring,
  evaluateScore,
  gradeForScore,
  planScoring,
  resolveField,
  validateScoringRule,
  type ScorableLead,
  type ScoringRuleDefinition,
} from "@leadline/shared";
import { sql } from "kysely";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { Lead } from "../leads/lead.entity.js";
import { leadRowMapper } from "../leads/lead-row.js";
import { DistributionTally } from "./distribution.js";
import { loadScoringSettings } from "./scoring.service.js";
import { compileScoreSql, hasIcu } from "./scoring-sql.js";
import type {
  GradeTransition,
  PreviewScoringInput,
  ScoreDistribution,
  ScoringImpact,
  ScoringPreview,
  ScoringRuleDraftInput,
  ScoringRuleTest,
  TestScoringRuleInput,
} from "./scoring-analysis.types.js";

const IMPACT_BATCH = 5_000;

/** How many leads go from one score and grade to another score. */
interface ImpactGroup {
  before: number;
  beforeGrade: string | null;
  after: number;
  count: number;
}
const MAX_PREVIEW = 100;

/** What-if questions about scoring, answered with the shared evaluator; nothing here writes. */
export class ScoringAnalysisService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  async distribution(): Promise<ScoreDistribution> {
    const { rows } = await sql<{ score: number; grade: string | null; count: number }>`
      select score, grade, count(*)::int as count from lead
      where organization_id = ${this.viewer.organizationId} and deleted_at is null
      group by score, grade`.execute(this.em.getKysely());
    const tally = new DistributionTally();
    for (const row of rows) tally.add(row.score, row.grade, row.count);
    return tally.result();
  }

  async testRule({ rule, leadId }: TestScoringRuleInput): Promise<ScoringRuleTest> {
    const [definition] = this.definitions([rule], "rule");
    const lead = await this.findLead(leadId);
    const result = evaluateScore([definition!], lead as unknown as ScorableLead, { now: new Date() });
    const item = result.breakdown[0];
    const value =
      resolveField(lead as unknown as ScorableLead, definition!.field, { now: new Date() })?.value ?? null;
    return { matched: item !== undefined, points: item?.points ?? 0, value };
  }

  async preview({ rules, leadIds, sampleSize }: PreviewScoringInput): Promise<ScoringPreview[]> {
    const definitions = this.definitions(rules, "rules");
    const size = Math.min(sampleSize ?? 20, MAX_PREVIEW);
    if (leadIds && leadIds.length > MAX_PREVIEW)
      throw badInput("leadIds", `must hold at most ${MAX_PREVIEW} ids`);
    const leads = leadIds?.length
      ? await this.em.find(Lead, {
          id: { $in: leadIds.filter((id) => isUuid(id)) },
          organization: this.viewer.organizationId,
          deletedAt: null,
        })
      : await this.em.find(
          Lead,
          { organization: this.viewer.organizationId, deletedAt: null },
          { orderBy: { createdAt: "desc", id: "desc" }, limit: size },
        );
    const settings = await loadScoringSettings(this.em, this.viewer.organizationId);
    const now = new Date();
    return leads.map((lead) => {
      const after = evaluateScore(definitions, lead as unknown as ScorableLead, { now }, settings);
      return {
        lead,
        scoreBefore: lead.score,
        scoreAfter: after.score,
        gradeBefore: lead.grade,
        gradeAfter: after.grade,
        breakdownAfter: after.breakdown,
      };
    });
  }

  /**
   * What the proposed rules would do to every live lead, with the organisation's caps, decay and grade
   * thresholds, as the stored scores were computed (a lead with an override keeps it). PostgreSQL scores the
   * leads when the rules compile to SQL (see compileScoreSql); otherwise they are read in id order in batches
   * and scored by the evaluator. Either way the answer is a count per (score before, grade before, score after).
   */
  async impact(rules: ScoringRuleDraftInput[]): Promise<ScoringImpact> {
    const definitions = this.definitions(rules, "rules");
    const settings = await loadScoringSettings(this.em, this.viewer.organizationId);
    const now = new Date();
    const db = this.em.getKysely();
    const compiled = compileScoreSql(planScoring(definitions, settings), {
      alias: "l",
      now,
      icu: await hasIcu(this.em),
    });
    const groups = compiled
      ? (
          await sql<ImpactGroup>`
            select l.score as before, l.grade as "beforeGrade", coalesce(l.score_override, ${compiled}) as after,
              count(*)::int as count
            from lead l where l.organization_id = ${this.viewer.organizationId} and l.deleted_at is null
            group by 1, 2, 3`.execute(db)
        ).rows
      : await this.impactGroupsByEvaluator(compileScoring(definitions, settings), now);

    const before = new DistributionTally();
    const after = new DistributionTally();
    const transitions = new Map<string, GradeTransition>();
    let scoresChanged = 0;
    for (const group of groups) {
      const afterGrade = gradeForScore(group.after, settings.gradeThresholds);
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

  private async impactGroupsByEvaluator(scoring: CompiledScoring, now: Date): Promise<ImpactGroup[]> {
    const groups = new Map<string, ImpactGroup>();
    const toLead = leadRowMapper(this.em);
    let lastId = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const { rows } = await sql<Record<string, unknown>>`select * from lead
        where organization_id = ${this.viewer.organizationId} and deleted_at is null and id > ${lastId}::uuid
        order by id limit ${IMPACT_BATCH}`.execute(this.em.getKysely());
      for (const row of rows) {
        const lead = toLead(row);
        const after = lead.scoreOverride ?? scoring.score(lead as unknown as ScorableLead, { now }).score;
        const key = `${lead.score}/${lead.grade}/${after}`;
        const group = groups.get(key) ?? { before: lead.score, beforeGrade: lead.grade, after, count: 0 };
        group.count++;
        groups.set(key, group);
      }
      if (rows.length < IMPACT_BATCH) break;
      lastId = String(rows.at(-1)!.id);
    }
    return [...groups.values()];
  }

  /** Draft rules as evaluator definitions; a rule that could never match is refused, naming it. */
  private definitions(drafts: ScoringRuleDraftInput[], path: string): ScoringRuleDefinition[] {
    return drafts.map((draft, index) => {
      const definition: ScoringRuleDefinition = {
        ...draft,
        id: draft.id ?? `draft-${index}`,
        description: draft.description ?? null,
        value: draft.value ?? null,
        priority: draft.priority ?? 0,
        exclusiveGroup: draft.exclusiveGroup ?? null,
        active: draft.active ?? true,
      };
      const [error] = validateScoringRule(definition);
      if (error)
        throw badInput(
          path === "rule" ? `rule.${error.field}` : `rules.${index}.${error.field}`,
          error.message,
        );
      return definition;
    });
  }

  private async findLead(id: string): Promise<Lead> {
    const lead = isUuid(id)
      ? await this.em.findOne(Lead, { id, organization: this.viewer.organizationId, deletedAt: null })
      : null;
    if (!lead) throw notFound("Lead");
    return lead;
  }
}
