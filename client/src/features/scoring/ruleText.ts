import { scoringFieldLabel, type ScoringOperator } from "@leadline/shared";
import { OPERATOR_WORDS } from "../../components/conditions/conditionValue";
import { formatMatchedValue } from "../lead-detail/matchedValue";

/** A rule's condition in words: "Employees is greater than 100", "Employees is between 10 and 50". */
export function describeCondition(rule: {
  field: string;
  operator: ScoringOperator;
  value: unknown;
}): string {
  const { field, operator, value } = rule;
  const condition = `${scoringFieldLabel(field)} ${OPERATOR_WORDS[operator]}`;
  if (operator === "IS_EMPTY" || operator === "IS_NOT_EMPTY") return condition;
  if (operator === "BETWEEN" && Array.isArray(value)) {
    const [min, max] = value.map((bound) => formatMatchedValue(field, bound));
    return `${condition} ${min} and ${max}`;
  }
  return `${condition} ${formatMatchedValue(field, value)}`;
}
