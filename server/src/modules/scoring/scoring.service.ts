import {
  evaluateScore,
  gradeForScore,
  type ScorableLead,
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

  /**
   * Re-evaluates `lead`: its computed score and breakdown always follow the rules; its score is the
   * override while one is set. Records a history row when the score moves (always on creation).
   */
  async applyScore(
    lead: Lead,
    reason: ScoreChangeReason,
    actorId: string | null,
    now = new Date(),
  ): Promise<ScoreChange> {
    const result = evaluateScore(await this.activeRules(), lead as unknown as ScorableLead, { now });
    lead.computedScore = result.score;
    lead.scoreBreakdown = result.breakdown;
    const previous = reason === ScoreChangeReason.CREATED ? null : lead.score;
    return this.record(lead, previous, lead.scoreOverride ?? result.score, {
      reason,
      actorId,
      now,
      note: null,
    });
  }

  /** Sets (or, with null, clears) a hand-set score; always audited in the history with the person's reason. */
  setOverride(
    lead: Lead,
    score: number | null,
    note: string,
    actorId: string,
    now = new Date(),
  ): ScoreChange {
    lead.scoreOverride = score;
    lead.scoreOverrideReason = score === null ? null : note;
    return this.record(
      lead,
      lead.score,
      score ?? lead.computedScore,
      { reason: ScoreChangeReason.OVERRIDE, actorId, now, note },
      true,
    );
  }

  private record(
    lead: Lead,
    previous: number | null,
    score: number,
    entry: HistoryEntry,
    always = false,
  ): ScoreChange {
    lead.score = score;
    lead.grade = gradeForScore(score);
    const changed = previous !== score;
    if (changed || always) {
      this.em.create(LeadScore, {
        organization: this.organizationId,
        lead,
        score,
        previousScore: previous,
        delta: score - (previous ?? 0),
        grade: lead.grade,
        breakdown: lead.scoreBreakdown,
        reason: entry.reason,
        note: entry.note,
        actor: entry.actorId ? this.em.getReference(User, entry.actorId) : null,
        createdAt: entry.now,
      });
    }
    return { previous, score, changed };
  }
}

interface HistoryEntry {
  reason: ScoreChangeReason;
  actorId: string | null;
  now: Date;
  note: string | null;
}

/** What a scoring step did to the lead's (effective) score. */
export interface ScoreChange {
  previous: number | null;
  score: number;
  changed: boolean;
}
