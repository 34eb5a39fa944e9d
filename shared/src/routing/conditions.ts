import type { FieldError } from "../lead-validation.js";
import { resolveField } from "../scoring/fields.js";
import type { ScorableLead, ScoringContext } from "../scoring/lead.js";
import { compileMatcher } from "../scoring/operators.js";
import type { ScoringOperator, ScoringValue } from "../scoring/types.js";
import { validateScoringRule } from "../scoring/validate.js";

/** One test on a lead field, in the scoring rules' vocabulary (fields, operators, values). */
export interface RoutingCondition {
  field: string;
  operator: ScoringOperator;
  value: ScoringValue;
}

export const ConditionMatch = { ALL: "ALL", ANY: "ANY" } as const;
export type ConditionMatch = (typeof ConditionMatch)[keyof typeof ConditionMatch];

/** Whether `lead` meets the conditions: all of them (ALL) or at least one (ANY). No conditions: always. */
export function matchesConditions(
  conditions: readonly RoutingCondition[],
  match: ConditionMatch,
  lead: ScorableLead,
  context: ScoringContext,
): boolean {
  if (conditions.length === 0) return true;
  const test = (condition: RoutingCondition) => {
    const field = resolveField(lead, condition.field, context);
    return field !== null && compileMatcher(condition.operator, condition.value)(field.type, field.value);
  };
  return match === ConditionMatch.ANY ? conditions.some(test) : conditions.every(test);
}

/** Problems with conditions, each naming `conditions.<index>.<field>`, as scoring rules are checked. */
export function validateConditions(conditions: readonly RoutingCondition[]): FieldError[] {
  return conditions.flatMap((condition, index) =>
    validateScoringRule({
      id: String(index),
      name: "condition",
      category: "CUSTOM",
      points: 0,
      priority: 0,
      active: true,
      ...condition,
    }).map((error) => ({ field: `conditions.${index}.${error.field}`, message: error.message })),
  );
}
