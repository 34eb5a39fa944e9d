import {
  compileScoring,
  evaluateScore,
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
import { DistributionTally } from "./distribution.js";
import { impactGroupsByEvaluator, impactGroupsInSql, summarizeImpact } from "./scoring-impact.js";
import { loadScoringSettings } from "./scoring.service.js";
import type {
  PreviewScoringInput,
  ScoreDistribution,
  ScoringImpact,
  ScoringPreview,
  ScoringRuleDraftInput,
  ScoringRuleTest,
  TestScoringRuleInput,
} from "./scoring-analysis.types.js";

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
   * thresholds, as the stored scores were computed (a lead with an override keeps it).
   */
  async impact(rules: ScoringRuleDraftInput[]): Promise<ScoringImpact> {
    const definitions = this.definitions(rules, "rules");
    const settings = await loadScoringSettings(this.em, this.viewer.organizationId);
    const now = new Date();
    const { organizationId } = this.viewer;
    const groups =
      (await impactGroupsInSql(this.em, organizationId, planScoring(definitions, settings), now)) ??
      (await impactGroupsByEvaluator(this.em, organizationId, compileScoring(definitions, settings), now));
    return summarizeImpact(groups, settings.gradeThresholds);
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
