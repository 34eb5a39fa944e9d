import { clampScore, gradeForScore } from "../grades.js";
import { resolveField } from "./fields.js";
import type { ScorableLead, ScoringContext } from "./lead.js";
import { compileMatcher, type FieldMatcher } from "./operators.js";
import {
  type CategoryTotal,
  DECAY_ENTRY_ID,
  type MatchedValue,
  type ScoreBreakdownEntry,
  type ScoreResult,
  ScoringCategory,
  ScoringOperator,
  type ScoringOptions,
  type ScoringRuleDefinition,
} from "./types.js";
import { validateScoringRule } from "./validate.js";
import { daysBetween, type FieldValue, type ResolvedField, toTimestamp } from "./values.js";

/** A rule set prepared once (validated, ordered, values parsed) to score many leads. */
export interface CompiledScoring {
  score(lead: ScorableLead, context: ScoringContext): ScoreResult;
  /** Active rules that fail `validateScoringRule`; they are skipped. */
  invalidRules: ScoreResult["invalidRules"];
}

const CATEGORIES = Object.values(ScoringCategory);

interface RunnableRule extends PlannedRule {
  matches: FieldMatcher;
}

/** A rule that runs: active and valid, with its exclusive group as groups compare (trimmed, lower case). */
export interface PlannedRule {
  rule: ScoringRuleDefinition;
  group: string | null;
}

/**
 * What scoring with `rules` and `options` does, decided once: the rules that run in the order they run,
 * each category's whole cap (null: none), the whole points of decay per week (0: none) and the invalid
 * rules that are skipped. The evaluator and the SQL compiler of the server both start from it.
 */
export interface ScoringPlan {
  rules: PlannedRule[];
  caps: Record<ScoringCategory, number | null>;
  decayPointsPerWeek: number;
  invalidRules: ScoreResult["invalidRules"];
}

export function planScoring(
  rules: readonly ScoringRuleDefinition[],
  options: ScoringOptions = {},
): ScoringPlan {
  const invalidRules: ScoreResult["invalidRules"] = [];
  const planned: PlannedRule[] = [];
  for (const rule of [...rules].sort(byPriority)) {
    if (!rule.active) continue;
    const errors = validateScoringRule(rule);
    if (errors.length > 0) invalidRules.push({ ruleId: rule.id, name: rule.name, errors });
    else planned.push({ rule, group: rule.exclusiveGroup?.trim().toLowerCase() || null });
  }
  const caps = Object.fromEntries(
    CATEGORIES.map((category) => [category, wholeCap(options.categoryCaps?.[category])]),
  ) as ScoringPlan["caps"];
  const perWeek = options.decayPointsPerWeek ?? 0;
  const decayPointsPerWeek = Number.isFinite(perWeek) ? Math.max(0, Math.floor(perWeek)) : 0;
  return { rules: planned, caps, decayPointsPerWeek, invalidRules };
}

/**
 * Scores `lead` with the active rules. Rules run highest priority first (then by name, then id); within
 * an exclusive group only the first matching rule counts. Each category's positive total is limited by
 * its cap (a whole number, 0 or more): the cap is shared out in priority order, so the breakdown's
 * points always add up to the score before clamping. The score is that sum clamped to 0-100.
 * An active rule that fails `validateScoringRule` is skipped and reported in `invalidRules`.
 */
export function evaluateScore(
  rules: readonly ScoringRuleDefinition[],
  lead: ScorableLead,
  context: ScoringContext,
  options: ScoringOptions = {},
): ScoreResult {
  return compileScoring(rules, options).score(lead, context);
}

/** `evaluateScore` for many leads: the rules are validated and prepared once, not once per lead. */
export function compileScoring(
  rules: readonly ScoringRuleDefinition[],
  options: ScoringOptions = {},
): CompiledScoring {
  const plan = planScoring(rules, options);
  const runnable: RunnableRule[] = plan.rules.map((planned) => ({
    ...planned,
    matches: compileMatcher(planned.rule.operator, planned.rule.value),
  }));

  function score(lead: ScorableLead, context: ScoringContext): ScoreResult {
    const resolved = new Map<string, ResolvedField | null>();
    const claimedGroups = new Set<string>();
    const breakdown: ScoreBreakdownEntry[] = [];
    for (const { rule, group, matches } of runnable) {
      if (group !== null && claimedGroups.has(group)) continue;
      let field = resolved.get(rule.field);
      if (field === undefined) {
        field = resolveField(lead, rule.field, context);
        resolved.set(rule.field, field);
      }
      if (!field || !matches(field.type, field.value)) continue;
      if (group !== null) claimedGroups.add(group);
      breakdown.push({
        ruleId: rule.id,
        name: rule.name,
        category: rule.category,
        points: rule.points,
        rulePoints: rule.points,
        field: rule.field,
        operator: rule.operator,
        matchedValue: shown(field.value),
      });
    }

    const categoryTotals = {} as Record<ScoringCategory, CategoryTotal>;
    let capped = 0;
    let rawScore = 0;
    CATEGORIES.forEach((category) => {
      const total = applyCap(
        breakdown.filter((entry) => entry.category === category),
        plan.caps[category],
      );
      categoryTotals[category] = total;
      capped += total.points;
      rawScore += total.rawPoints;
    });
    const decay = decayOf(lead, context, plan.decayPointsPerWeek);
    if (decay) {
      breakdown.push(decay.entry);
      capped += decay.points;
    }
    const score = clampScore(capped);
    return {
      score,
      rawScore,
      decay: decay && { weeks: decay.weeks, points: decay.points },
      grade: gradeForScore(score, options.gradeThresholds),
      breakdown,
      categoryTotals,
      invalidRules: plan.invalidRules,
    };
  }
  return { score, invalidRules: plan.invalidRules };
}

/**
 * Decay for whole weeks since the lead was last active (or created), as a breakdown entry so the lead
 * page says why the score fell. Applied after caps: inactivity lowers the score whatever the categories.
 */
function decayOf(lead: ScorableLead, context: ScoringContext, perWeek: number) {
  if (perWeek === 0) return null;
  const times = [lead.lastActivityAt, lead.lastEngagementAt, lead.createdAt].map(toTimestamp);
  const since = Math.max(...times.filter((time) => time !== null));
  if (!Number.isFinite(since)) return null;
  const days = daysBetween(since, context.now);
  const weeks = Math.floor(days / 7);
  if (weeks === 0) return null;
  const points = -weeks * perWeek;
  const entry: ScoreBreakdownEntry = {
    ruleId: DECAY_ENTRY_ID,
    name: `No activity for ${weeks} week${weeks === 1 ? "" : "s"}`,
    category: ScoringCategory.ENGAGEMENT,
    points,
    rulePoints: points,
    field: "daysSinceLastActivity",
    operator: ScoringOperator.GREATER_THAN,
    // The last-active instant, not the day count: the breakdown stays the same until the next week.
    matchedValue: new Date(since).toISOString(),
  };
  return { weeks, points, entry };
}

// Whole caps keep every entry's points whole; a negative cap would turn a bonus into a penalty.
function wholeCap(rawCap: number | undefined): number | null {
  return rawCap !== undefined && Number.isFinite(rawCap) ? Math.max(0, Math.floor(rawCap)) : null;
}

/**
 * Caps one category's entries in place. Negative points always count in full; positive ones share
 * `cap` minus the negatives, in priority order, so the entries add up to exactly the capped total.
 */
function applyCap(entries: ScoreBreakdownEntry[], cap: number | null): CategoryTotal {
  const rawPoints = entries.reduce((sum, entry) => sum + entry.rulePoints, 0);
  if (cap === null || rawPoints <= cap) return { points: rawPoints, rawPoints, cap, capped: false };
  let allowance = cap - entries.reduce((sum, entry) => sum + Math.min(0, entry.rulePoints), 0);
  for (const entry of entries) {
    if (entry.rulePoints <= 0) continue;
    entry.points = Math.min(entry.rulePoints, allowance);
    allowance -= entry.points;
  }
  return { points: cap, rawPoints, cap, capped: true };
}

function byPriority(a: ScoringRuleDefinition, b: ScoringRuleDefinition): number {
  // Plain code-unit order, not localeCompare: the browser and the server must break ties alike.
  return b.priority - a.priority || compareText(a.name, b.name) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shown(value: FieldValue): MatchedValue {
  if (value instanceof Date) return value.toISOString();
  return Array.isArray(value) ? [...value] : (value as MatchedValue);
}
