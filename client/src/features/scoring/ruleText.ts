import type { ScoringOperator } from "@leadline/shared";
import { fieldLabel, formatMatchedValue } from "../lead-detail/matchedValue";

/** Each operator as it reads in a sentence (a Record, so a new operator won't compile until added). */
export const OPERATOR_WORDS: Readonly<Record<ScoringOperator, string>> = {
  EQUALS: "equals",
  NOT_EQUALS: "does not equal",
  CONTAINS: "contains",
  NOT_CONTAINS: "does not contain",
  STARTS_WITH: "starts with",
  GREATER_THAN: "is greater than",
  LESS_THAN: "is less than",
  BETWEEN: "is between",
  IN: "is one of",
  NOT_IN: "is not one of",
  IS_EMPTY: "is empty",
  IS_NOT_EMPTY: "is not empty",
};

/** "must be a number" -> "Must be a number": validation messages as shown under an input. */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** A rule's condition in words: "Employees is greater than 100", "Employees is between 10 and 50". */
export function describeCondition(rule: {
  field: string;
  operator: ScoringOperator;
  value: unknown;
}): string {
  const { field, operator, value } = rule;
  const condition = `${fieldLabel(field)} ${OPERATOR_WORDS[operator]}`;
  if (operator === "IS_EMPTY" || operator === "IS_NOT_EMPTY") return condition;
  if (operator === "BETWEEN" && Array.isArray(value)) {
    const [min, max] = value.map((bound) => formatMatchedValue(field, bound));
    return `${condition} ${min} and ${max}`;
  }
  return `${condition} ${formatMatchedValue(field, value)}`;
}
