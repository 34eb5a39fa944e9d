import {
  evaluateScore,
  type ScorableLead,
  type ScoreResult,
  type ScoringRuleDefinition,
} from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import type { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { LeadScore, ScoreChangeReason } from "./lead-score.entity.js";
import { ScoringRule } from "./scoring-rule.entity.js";

/** The definition the shared evaluator reads, from a stored rule. */
export function toRuleDefinition(rule: ScoringRule): ScoringRuleDefinition {
  return {
    id: rule.id,
    name: rule.name,
    description: rule.description,
    category: rule.category,
    field: rule.field,
    operator: rule.operator,
    value: rule.value,
    points: rule.points,
    priority: rule.priority,
    active: rule.active,
    exclusiveGroup: rule.exclusiveGroup,
  };
}

/**
 * Scores leads of one organisation with its active rules, inside the caller's unit of work: the new
 * score, grade and breakdown and the history row are written by the same flush as the change itself.
 */
export class ScoringService {
  private rules: Promise<ScoringRuleDefinition[]> | undefined;

  /** `rules`: use these instead of the stored ones (rules created in the same unit of work). */
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    rules?: ScoringRuleDefinition[],
  ) {
    if (rules) this.rules = Promise.resolve(rules);
  }

  activeRules(): Promise<ScoringRuleDefinition[]> {
    this.rules ??= this.em
      .find(
        ScoringRule,
        { organization: this.organizationId, active: true },
        { orderBy: { priority: "desc", name: "asc" } },
      )
      .then((rules) => rules.map(toRuleDefinition));
    return this.rules;
  }

  /** Re-evaluates `lead`; records a history row when the score moved (always on creation). */
  async applyScore(
    lead: Lead,
    reason: ScoreChangeReason,
    actorId: string | null,
    now = new Date(),
  ): Promise<ScoreResult> {
    const result = evaluateScore(await this.activeRules(), lead as unknown as ScorableLead, { now });
    const previous = reason === ScoreChangeReason.CREATED ? null : lead.score;
    lead.score = result.score;
    lead.grade = result.grade;
    lead.scoreBreakdown = result.breakdown;
    if (previous === null || previous !== result.score) {
      this.em.create(LeadScore, {
        organization: this.organizationId,
        lead,
        score: result.score,
        previousScore: previous,
        delta: result.score - (previous ?? 0),
        grade: result.grade,
        breakdown: result.breakdown,
        reason,
        actor: actorId ? this.em.getReference(User, actorId) : null,
        createdAt: now,
      });
    }
    return result;
  }
}
