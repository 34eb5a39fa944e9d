import {
  scoringField,
  ScoringFieldType,
  ScoringOperator as Op,
  type ScoringOperator,
  type ScoringValue,
} from "@leadline/shared";

/**
 * A condition's value as typed, kept per input shape (so switching the operator back keeps it).
 * Shared by the scoring rule builder and the routing conditions builder.
 */
export interface ConditionValueParts {
  /** A single value: text, a number, a date, or "true"/"false". */
  readonly text: string;
  /** IN, NOT_IN, and the text operators (CONTAINS and the like match any of the list). */
  readonly list: readonly string[];
  /** BETWEEN: [min, max]. */
  readonly range: readonly [string, string];
}

/** Which input the value needs for the field and operator. */
export type ValueKind = "none" | "boolean" | "list" | "range" | "single";

// A text operator takes text or a list ("Job title contains director, vp, ..."): chips serve both.
const LIST_OPERATORS: readonly Op[] = [Op.IN, Op.NOT_IN, Op.CONTAINS, Op.NOT_CONTAINS, Op.STARTS_WITH];

export function valueKind(field: string, operator: ScoringOperator): ValueKind {
  const type = scoringField(field)?.type;
  if (operator === Op.IS_EMPTY || operator === Op.IS_NOT_EMPTY) return "none";
  if (operator === Op.BETWEEN) return "range";
  if (LIST_OPERATORS.includes(operator)) return "list";
  return type === ScoringFieldType.BOOLEAN ? "boolean" : "single";
}

export function emptyValueParts(): ConditionValueParts {
  return { text: "", list: [], range: ["", ""] };
}

/** A stored value as the inputs show it. */
export function valueParts(stored: unknown): ConditionValueParts {
  const value = stored as ScoringValue;
  const items = Array.isArray(value) ? value.map(String) : value === null ? [] : [String(value)];
  return {
    text: value === null || Array.isArray(value) ? "" : String(value),
    list: items,
    range: [items[0] ?? "", items[1] ?? ""],
  };
}

/** Typed text as the value: a number on a number or custom field when it reads as one, else the text. */
function typedValue(field: string, text: string): string | number {
  const type = scoringField(field)?.type;
  const number = Number(text);
  const numeric = text.trim() !== "" && Number.isFinite(number);
  return numeric && (type === ScoringFieldType.NUMBER || type === undefined) ? number : text.trim();
}

/** The value the inputs describe, as the evaluator and the API take it. */
export function conditionValue(
  field: string,
  operator: ScoringOperator,
  parts: ConditionValueParts,
): ScoringValue {
  switch (valueKind(field, operator)) {
    case "none":
      return null;
    case "boolean":
      return parts.text === "" ? null : parts.text === "true";
    case "list":
      return parts.list.map((item) => typedValue(field, item));
    case "range":
      return parts.range.map((bound) => typedValue(field, bound));
    case "single":
      return typedValue(field, parts.text);
  }
}

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
