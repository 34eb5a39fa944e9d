import type { FieldError } from "../lead-validation.js";
import { customFieldKey, resolveField, scoringField } from "./fields.js";
import type { ScorableLead, ScoringContext } from "./lead.js";
import { DAY_MS, isEmptyValue, toTimestamp } from "./values.js";

/** Qualification stages, from least to most ready to buy. */
export const QualificationStage = { MQL: "MQL", SQL: "SQL", HOT: "HOT" } as const;
export type QualificationStage = (typeof QualificationStage)[keyof typeof QualificationStage];

const STAGES_LOW_TO_HIGH: readonly QualificationStage[] = ["MQL", "SQL", "HOT"];

export interface QualificationCriteriaDefinition {
  stage: QualificationStage;
  minScore: number;
  /** `SCORING_FIELDS` names or `customFields.<key>` that must not be empty (a BOOLEAN must be true). */
  requiredFields: string[];
  /** At least one activity of any of these types is needed; none needed when the list is empty. */
  requiredActivityTypes: string[];
  /** How recent that activity must be, in days; null for any time. Ignored without activity types. */
  withinDays: number | null;
}

export interface QualificationActivity {
  type: string;
  occurredAt: Date | string;
}

export interface QualificationResult {
  /** The highest stage whose criteria are all met, or null. */
  stage: QualificationStage | null;
  /** Every stage not met, lowest first, with what it lacks in plain words. */
  missing: { stage: QualificationStage; reasons: string[] }[];
}

/** New organisations start with these: HOT needs a call or meeting in the last two weeks. */
export const DEFAULT_QUALIFICATION_CRITERIA: readonly QualificationCriteriaDefinition[] = [
  { stage: "MQL", minScore: 40, requiredFields: ["email"], requiredActivityTypes: [], withinDays: null },
  {
    stage: "SQL",
    minScore: 60,
    requiredFields: ["email", "phone", "company"],
    requiredActivityTypes: [],
    withinDays: null,
  },
  {
    stage: "HOT",
    minScore: 80,
    requiredFields: [],
    requiredActivityTypes: ["CALL", "MEETING"],
    withinDays: 14,
  },
];

/**
 * The highest qualification stage `lead` fully meets (HOT > SQL > MQL), and why the others are not met
 * ("score 42 is below 60", "phone is empty", "no CALL or MEETING activity in the last 14 days").
 * Stages are judged independently: a stage's criteria are all it needs, so a funnel where HOT implies
 * SQL is made by giving HOT the SQL fields too. Several criteria for one stage must all be met.
 * Activity types ignore case; an activity dated after `now` (a meeting booked ahead) counts as recent.
 */
export function evaluateQualification(
  criteria: readonly QualificationCriteriaDefinition[],
  lead: ScorableLead,
  score: number,
  activities: readonly QualificationActivity[],
  context: ScoringContext,
): QualificationResult {
  let stage: QualificationStage | null = null;
  const missing: QualificationResult["missing"] = [];
  for (const candidate of STAGES_LOW_TO_HIGH) {
    const ofStage = criteria.filter((item) => item.stage === candidate);
    if (ofStage.length === 0) continue;
    const reasons = ofStage.flatMap((item) => unmet(item, lead, score, activities, context));
    if (reasons.length === 0) stage = candidate;
    else missing.push({ stage: candidate, reasons: [...new Set(reasons)] });
  }
  return { stage, missing };
}

function unmet(
  criteria: QualificationCriteriaDefinition,
  lead: ScorableLead,
  score: number,
  activities: readonly QualificationActivity[],
  context: ScoringContext,
): string[] {
  const reasons: string[] = [];
  if (score < criteria.minScore) reasons.push(`score ${score} is below ${criteria.minScore}`);
  for (const field of criteria.requiredFields) {
    const resolved = resolveField(lead, field, context);
    if (resolved && resolved.value === false) reasons.push(`${fieldWords(field)} is not true`);
    else if (!resolved || isEmptyValue(resolved.value)) reasons.push(`${fieldWords(field)} is empty`);
  }
  const types = criteria.requiredActivityTypes.map((type) => type.trim().toUpperCase());
  if (types.length > 0) {
    const since =
      criteria.withinDays === null ? -Infinity : context.now.getTime() - criteria.withinDays * DAY_MS;
    const found = activities.some((activity) => {
      const at = toTimestamp(activity.occurredAt);
      return types.includes(activity.type.trim().toUpperCase()) && at !== null && at >= since;
    });
    const when = criteria.withinDays === null ? "yet" : `in the last ${criteria.withinDays} days`;
    if (!found) reasons.push(`no ${types.join(" or ")} activity ${when}`);
  }
  return reasons;
}

/** "phone", "job title", "custom field budgetRange": how a person would name the field. */
function fieldWords(field: string): string {
  const key = customFieldKey(field);
  if (key !== null) return `custom field ${key}`;
  return scoringField(field)?.label.toLowerCase() ?? field;
}

/**
 * Problems with qualification criteria, each naming its field, so criteria that could never be met are
 * refused: minScore 0-100, known required fields, non-blank activity types, withinDays a whole number >= 1.
 */
export function validateQualificationCriteria(criteria: QualificationCriteriaDefinition): FieldError[] {
  const errors: FieldError[] = [];
  if (!STAGES_LOW_TO_HIGH.includes(criteria.stage))
    errors.push({ field: "stage", message: `must be one of ${STAGES_LOW_TO_HIGH.join(", ")}` });
  if (!Number.isFinite(criteria.minScore) || criteria.minScore < 0 || criteria.minScore > 100)
    errors.push({ field: "minScore", message: "must be a number from 0 to 100" });
  const unknown = criteria.requiredFields.filter(
    (field) => !scoringField(field) && customFieldKey(field) === null,
  );
  if (unknown.length > 0)
    errors.push({ field: "requiredFields", message: `are not scorable fields: ${unknown.join(", ")}` });
  if (criteria.requiredActivityTypes.some((type) => typeof type !== "string" || type.trim() === ""))
    errors.push({ field: "requiredActivityTypes", message: "must be activity type names" });
  const days = criteria.withinDays;
  if (days !== null && (!Number.isInteger(days) || days < 1))
    errors.push({ field: "withinDays", message: "must be a whole number of days (1 or more), or null" });
  return errors;
}
