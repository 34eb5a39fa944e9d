import {
  compileScoring,
  DEFAULT_GRADE_THRESHOLDS,
  type CompiledScoring,
  gradeForScore,
  type GradeThresholds,
  type ScorableLead,
  type ScoringCategory,
  type ScoringRuleDefinition,
} from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import type { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { LeadScore, ScoreChangeReason } from "./lead-score.entity.js";
import { ScoringRule } from "./scoring-rule.entity.js";
import { DEFAULT_DECAY_POINTS_PER_WEEK, ScoringSettings } from "./scoring-settings.entity.js";

export interface EffectiveScoringSettings {
  gradeThresholds: GradeThresholds;
  categoryCaps: Partial<Record<ScoringCategory, number>>;
  decayPointsPerWeek: number;
}

/** An organisation's grade thresholds and category caps, or the defaults when it has set none. */
export async function loadScoringSettings(
  em: EntityManager,
  organizationId: string,
): Promise<EffectiveScoringSettings> {
  const settings = await em.findOne(ScoringSettings, { organization: organizationId });
  return settings
    ? {
        gradeThresholds: { A: settings.gradeA, B: settings.gradeB, C: settings.gradeC },
        categoryCaps: settings.categoryCaps,
        decayPointsPerWeek: settings.decayPointsPerWeek,
      }
    : {
        gradeThresholds: DEFAULT_GRADE_THRESHOLDS,
        categoryCaps: {},
        decayPointsPerWeek: DEFAULT_DECAY_POINTS_PER_WEEK,
      };
}

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
  private settings: Promise<EffectiveScoringSettings> | undefined;
  private compiled: Promise<CompiledScoring> | undefined;

  /** `rules`: use these instead of the stored ones (rules created in the same unit of work). */
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    rules?: ScoringRuleDefinition[],
  ) {
    if (rules) this.rules = Promise.resolve(rules);
  }

  private effectiveSettings(): Promise<EffectiveScoringSettings> {
    this.settings ??= loadScoringSettings(this.em, this.organizationId);
    return this.settings;
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
    const settings = await this.effectiveSettings();
    // Compiled once per service: a batch of leads (capture, import) shares the prepared rules.
    this.compiled ??= this.activeRules().then((rules) => compileScoring(rules, settings));
    const result = (await this.compiled).score(lead as unknown as ScorableLead, { now });
    lead.computedScore = result.score;
    lead.scoreBreakdown = result.breakdown;
    const previous = reason === ScoreChangeReason.CREATED ? null : lead.score;
    return this.record(lead, previous, lead.scoreOverride ?? result.score, settings.gradeThresholds, {
      reason,
      actorId,
      now,
      note: null,
    });
  }

  /** Sets (or, with null, clears) a hand-set score; always audited in the history with the person's reason. */
  async setOverride(
    lead: Lead,
    score: number | null,
    note: string,
    actorId: string,
    now = new Date(),
  ): Promise<ScoreChange> {
    lead.scoreOverride = score;
    lead.scoreOverrideReason = score === null ? null : note;
    const { gradeThresholds } = await this.effectiveSettings();
    return this.record(
      lead,
      lead.score,
      score ?? lead.computedScore,
      gradeThresholds,
      { reason: ScoreChangeReason.OVERRIDE, actorId, now, note },
      true,
    );
  }

  private record(
    lead: Lead,
    previous: number | null,
    score: number,
    thresholds: GradeThresholds,
    entry: HistoryEntry,
    always = false,
  ): ScoreChange {
    lead.score = score;
    lead.grade = gradeForScore(score, thresholds);
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
