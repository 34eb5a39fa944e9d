import { clampScore, gradeForScore } from "../grades.js";
import { resolveField } from "./fields.js";
import type { ScorableLead, ScoringContext } from "./lead.js";
import { matchesOperator } from "./operators.js";
import {
  type CategoryTotal,
  type MatchedValue,
  type ScoreBreakdownEntry,
  type ScoreResult,
  ScoringCategory,
  type ScoringOptions,
  type ScoringRuleDefinition,
} from "./types.js";
import { validateScoringRule } from "./validate.js";
import type { FieldValue, ResolvedField } from "./values.js";

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
  const invalidRules: ScoreResult["invalidRules"] = [];
  const runnable: ScoringRuleDefinition[] = [];
  for (const rule of rules) {
    if (!rule.active) continue;
    const errors = validateScoringRule(rule);
    if (errors.length > 0) invalidRules.push({ ruleId: rule.id, name: rule.name, errors });
    else runnable.push(rule);
  }
  runnable.sort(byPriority);

  const resolved = new Map<string, ResolvedField | null>();
  const claimedGroups = new Set<string>();
  const breakdown: ScoreBreakdownEntry[] = [];
  for (const rule of runnable) {
    const group = rule.exclusiveGroup?.trim().toLowerCase() || null;
    if (group !== null && claimedGroups.has(group)) continue;
    if (!resolved.has(rule.field)) resolved.set(rule.field, resolveField(lead, rule.field, context));
    const field = resolved.get(rule.field);
    if (!field || !matchesOperator(rule.operator, field.type, field.value, rule.value)) continue;
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
  for (const category of Object.values(ScoringCategory))
    categoryTotals[category] = applyCap(
      breakdown.filter((entry) => entry.category === category),
      options.categoryCaps?.[category],
    );
  const capped = Object.values(categoryTotals).reduce((sum, total) => sum + total.points, 0);
  const score = clampScore(capped);
  return {
    score,
    rawScore: breakdown.reduce((sum, entry) => sum + entry.rulePoints, 0),
    grade: gradeForScore(score, options.gradeThresholds),
    breakdown,
    categoryTotals,
    invalidRules,
  };
}

/**
 * Caps one category's entries in place. Negative points always count in full; positive ones share
 * `cap` minus the negatives, in priority order, so the entries add up to exactly the capped total.
 */
function applyCap(entries: ScoreBreakdownEntry[], rawCap: number | undefined): CategoryTotal {
  const rawPoints = entries.reduce((sum, entry) => sum + entry.rulePoints, 0);
  // Whole caps keep every entry's points whole; a negative cap would turn a bonus into a penalty.
  const cap = rawCap !== undefined && Number.isFinite(rawCap) ? Math.max(0, Math.floor(rawCap)) : null;
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
