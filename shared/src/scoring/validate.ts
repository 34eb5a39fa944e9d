import type { FieldError } from "../lead-validation.js";
import { customFieldKey, scoringField } from "./fields.js";
import {
  ScoringCategory,
  ScoringFieldType as T,
  ScoringOperator as Op,
  type ScoringRuleDefinition,
  type ScoringValue,
} from "./types.js";
import { normalizeText, toNumber, toTimestamp, toUpperTimestamp } from "./values.js";

const EMPTINESS: readonly Op[] = [Op.IS_EMPTY, Op.IS_NOT_EMPTY];
const EQUALITY: readonly Op[] = [Op.EQUALS, Op.NOT_EQUALS, Op.IN, Op.NOT_IN];
const TEXT: readonly Op[] = [Op.CONTAINS, Op.NOT_CONTAINS, Op.STARTS_WITH];
const ORDER: readonly Op[] = [Op.GREATER_THAN, Op.LESS_THAN, Op.BETWEEN];

/** The operators a rule on a field of each type may use: the others could never say anything useful. */
export const OPERATORS_BY_TYPE: Record<T, readonly Op[]> = {
  STRING: [...EQUALITY, ...TEXT, ...EMPTINESS],
  STRING_LIST: [...EQUALITY, ...TEXT, ...EMPTINESS],
  NUMBER: [...EQUALITY, ...ORDER, ...EMPTINESS],
  BOOLEAN: [Op.EQUALS, Op.NOT_EQUALS, ...EMPTINESS],
  DATE: [...ORDER, ...EMPTINESS],
};

/** The operators the rule builder offers for `field`: all for `customFields.<key>`, none if unknown. */
export function operatorsForField(field: string): readonly Op[] {
  const definition = scoringField(field);
  if (definition) return OPERATORS_BY_TYPE[definition.type];
  return customFieldKey(field) === null ? [] : Object.values(Op);
}

/**
 * Every problem with a rule, each naming its field (`name`, `category`, `field`, `operator`, `value`,
 * `points`, `priority`, `exclusiveGroup`), so a rule that could never match is refused, not saved.
 * The value is checked only once the field and operator are right, as its shape depends on them.
 * A custom field may hold anything, so any operator goes and its value only needs a usable shape.
 */
export function validateScoringRule(rule: ScoringRuleDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  if (typeof rule.name !== "string" || rule.name.trim() === "") fail("name", "is required");
  if (!Object.values<string>(ScoringCategory).includes(rule.category))
    fail("category", `must be one of ${Object.values(ScoringCategory).join(", ")}`);
  const field = typeof rule.field === "string" ? rule.field : "";
  const definition = scoringField(field);
  const custom = customFieldKey(field) !== null;
  if (!definition && !custom)
    fail("field", "is not a scorable field: use a lead field, a computed field or customFields.<key>");
  if (!Object.values<string>(Op).includes(rule.operator))
    fail("operator", `must be one of ${Object.values(Op).join(", ")}`);
  else if (definition && !OPERATORS_BY_TYPE[definition.type].includes(rule.operator))
    fail("operator", `${rule.operator} does not apply to ${field}, a ${definition.type} field`);
  else if (definition || custom) {
    const problem = valueProblem(definition?.type ?? null, rule.operator, rule.value ?? null);
    const options = definition?.options;
    if (problem) fail("value", problem);
    else if (options && EQUALITY.includes(rule.operator) && !allIn(rule.value, options))
      fail("value", `must be one of ${options.join(", ")}`);
  }
  if (!Number.isInteger(rule.points) || rule.points < -100 || rule.points > 100)
    fail("points", "must be a whole number from -100 to 100");
  if (typeof rule.priority !== "number" || !Number.isFinite(rule.priority))
    fail("priority", "must be a number");
  const group = rule.exclusiveGroup;
  if (group !== undefined && group !== null && (typeof group !== "string" || group.trim() === ""))
    fail("exclusiveGroup", "must be a name, or null for a rule that stands alone");
  return errors;
}

/** What is wrong with `value` for the operator on a field of `type` (null: a custom field), or null. */
function valueProblem(type: T | null, operator: Op, value: ScoringValue): string | null {
  switch (operator) {
    case Op.IS_EMPTY:
    case Op.IS_NOT_EMPTY:
      return value === null ? null : `must be empty: ${operator} takes no value`;
    case Op.EQUALS:
    case Op.NOT_EQUALS:
      return scalarProblem(type, value, false);
    case Op.IN:
    case Op.NOT_IN:
      if (!Array.isArray(value) || value.length === 0) return "must be a non-empty list";
      return firstProblem(value, (item) => scalarProblem(type, item, true), "every item");
    case Op.CONTAINS:
    case Op.NOT_CONTAINS:
    case Op.STARTS_WITH: {
      const items = Array.isArray(value) ? value : [value];
      if (items.length === 0) return "must be text or a non-empty list of text";
      return firstProblem(items, (item) => (isText(item) ? null : "must be text"), "every item");
    }
    case Op.GREATER_THAN:
    case Op.LESS_THAN:
      return boundProblem(type, value);
    case Op.BETWEEN: {
      if (!Array.isArray(value) || value.length !== 2) return "must be [min, max]";
      const [min = null, max = null] = value;
      const problem = boundProblem(type, min) ?? boundProblem(type, max);
      if (problem) return `must be [min, max]: each ${problem.replace(/^must be /, "")}`;
      const numeric = toNumber(min) !== null && toNumber(max) !== null;
      if (type === null && !numeric && (toTimestamp(min) === null || toTimestamp(max) === null))
        return "must be [min, max] of two numbers or two dates";
      const low = numeric ? toNumber(min) : toTimestamp(min);
      const high = numeric ? toNumber(max) : toUpperTimestamp(max);
      return low !== null && high !== null && low <= high ? null : "must be [min, max] with min <= max";
    }
  }
}

function scalarProblem(type: T | null, value: ScoringValue, inList: boolean): string | null {
  switch (type) {
    case T.NUMBER:
      return toNumber(value) === null ? "must be a number" : null;
    case T.BOOLEAN:
      return typeof value === "boolean" ? null : "must be true or false";
    case T.DATE:
      return toTimestamp(value) === null ? "must be an ISO date (YYYY-MM-DD)" : null;
    case null:
      return isText(value) || typeof value === "boolean" ? null : "must be text, a number or true/false";
    default:
      // A list may mix numbers in ("postalCode in [10001, 10002]"); a lone value must be text.
      return isText(value) && (inList || typeof value === "string") ? null : "must be text";
  }
}

function boundProblem(type: T | null, value: ScoringValue): string | null {
  if (type === T.DATE) return toTimestamp(value) === null ? "must be an ISO date (YYYY-MM-DD)" : null;
  if (type === T.NUMBER || toNumber(value) !== null)
    return toNumber(value) === null ? "must be a number" : null;
  return toTimestamp(value) === null ? "must be a number or an ISO date (YYYY-MM-DD)" : null;
}

function firstProblem<V>(items: V[], problem: (item: V) => string | null, prefix: string): string | null {
  const found = items.map(problem).find((message) => message !== null);
  return found ? `${prefix} ${found}` : null;
}

/** Non-blank text, or a finite number (compared as its text on a text field). */
function isText(value: unknown): boolean {
  return (
    (typeof value === "string" && value.trim() !== "") ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

function allIn(value: ScoringValue, options: readonly string[]): boolean {
  const allowed = new Set(options.map(normalizeText));
  return (Array.isArray(value) ? value : [value]).every((item) => allowed.has(normalizeText(item)));
}
