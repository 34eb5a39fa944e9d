import { ScoringFieldType as T, ScoringOperator as Op, type ScoringValue } from "./types.js";
import {
  type FieldValue,
  isEmptyValue,
  normalizeText,
  toBoolean,
  toNumber,
  toTimestamp,
  toUpperTimestamp,
} from "./values.js";

// The negated operators hold for an empty value: a lead without a country is "not in [US, GB]".
const TRUE_WHEN_EMPTY: ReadonlySet<Op> = new Set([Op.IS_EMPTY, Op.NOT_EQUALS, Op.NOT_CONTAINS, Op.NOT_IN]);
const LETTER = /\p{L}/u;

/**
 * Whether a lead's value (of field type `type`) satisfies `operator` with the rule's `expected` value.
 *
 * - Text ignores case and surrounding (and repeated) spaces. Numbers given as text ("42") compare as
 *   numbers on a NUMBER field; DATE fields compare instants, a date-only value meaning the whole UTC day.
 * - Empty values (null, blank text, [], see `isEmptyValue`) match IS_EMPTY and the negated operators
 *   NOT_EQUALS, NOT_CONTAINS and NOT_IN, and nothing else: "not in [US]" holds for a lead without a
 *   country, while "equals US" or "greater than 10" cannot be true of a value that is not there.
 * - CONTAINS on text matches whole words: a letter next to the match must not continue a word, so
 *   "coo" is not found in "Coordinator" nor "cto" in "Doctor", while "vp" is found in "VP, Sales" and
 *   "founder" in "Co-founder". A list value means "contains any of". NOT_CONTAINS is its negation.
 * - On a list field (tags) EQUALS, IN and CONTAINS match when any element equals a value (CONTAINS is
 *   membership: "tags contains vip" means the lead has the tag), STARTS_WITH when any element starts so.
 */
export function matchesOperator(operator: Op, type: T, actual: FieldValue, expected: ScoringValue): boolean {
  const empty = isEmptyValue(actual);
  if (operator === Op.IS_NOT_EMPTY) return !empty;
  if (empty) return TRUE_WHEN_EMPTY.has(operator);
  switch (operator) {
    case Op.IS_EMPTY:
      return false;
    case Op.EQUALS:
      return someItem(actual, (item) => equals(type, item, expected));
    case Op.IN:
      return listOf(expected).some((value) => someItem(actual, (item) => equals(type, item, value)));
    case Op.CONTAINS:
      if (Array.isArray(actual)) return matchesOperator(Op.IN, type, actual, expected);
      return listOf(expected).some((value) => containsWord(normalizeText(actual), normalizeText(value)));
    case Op.STARTS_WITH:
      return listOf(expected).some((value) =>
        someItem(actual, (item) => normalizeText(item).startsWith(normalizeText(value))),
      );
    case Op.NOT_EQUALS:
      return !matchesOperator(Op.EQUALS, type, actual, expected);
    case Op.NOT_IN:
      return !matchesOperator(Op.IN, type, actual, expected);
    case Op.NOT_CONTAINS:
      return !matchesOperator(Op.CONTAINS, type, actual, expected);
    case Op.GREATER_THAN: {
      const pair = ranks(type, actual, expected, true);
      return pair !== null && pair[0] > pair[1];
    }
    case Op.LESS_THAN: {
      const pair = ranks(type, actual, expected, false);
      return pair !== null && pair[0] < pair[1];
    }
    case Op.BETWEEN: {
      if (!Array.isArray(expected) || expected.length !== 2) return false;
      const low = ranks(type, actual, expected[0] ?? null, false);
      const high = ranks(type, actual, expected[1] ?? null, true);
      return low !== null && high !== null && low[0] >= low[1] && high[0] <= high[1];
    }
  }
}

function someItem(actual: FieldValue, test: (item: FieldValue) => boolean): boolean {
  return Array.isArray(actual) ? actual.some((item) => !isEmptyValue(item) && test(item)) : test(actual);
}

function listOf(expected: ScoringValue): (string | number | boolean)[] {
  if (expected === null) return [];
  return Array.isArray(expected) ? expected : [expected];
}

function equals(type: T, item: FieldValue, expected: ScoringValue): boolean {
  if (expected === null || Array.isArray(expected)) return false;
  switch (type) {
    case T.NUMBER: {
      const left = toNumber(item);
      return left !== null && left === toNumber(expected);
    }
    case T.BOOLEAN: {
      const left = toBoolean(item);
      return left !== null && left === toBoolean(expected);
    }
    case T.DATE: {
      const left = toTimestamp(item);
      return left !== null && left === toTimestamp(expected);
    }
    default:
      return normalizeText(item) === normalizeText(expected);
  }
}

/** True when `needle` occurs in `text` without cutting a word in two (see `matchesOperator`). */
function containsWord(text: string, needle: string): boolean {
  if (needle === "") return false;
  const startsWithLetter = LETTER.test(needle.charAt(0));
  const endsWithLetter = LETTER.test(needle.charAt(needle.length - 1));
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const cutsBefore = startsWithLetter && LETTER.test(text.charAt(at - 1));
    const cutsAfter = endsWithLetter && LETTER.test(text.charAt(at + needle.length));
    if (!cutsBefore && !cutsAfter) return true;
  }
  return false;
}

/**
 * The lead's value and a bound as two comparable numbers: numbers on a NUMBER field, instants on a DATE
 * field, and for a custom text field whichever of the two both sides are. `upper` reads a date-only bound
 * as the end of its day. Null when they do not compare.
 */
function ranks(type: T, actual: FieldValue, bound: ScoringValue, upper: boolean): [number, number] | null {
  if (Array.isArray(actual)) return null;
  if (type !== T.DATE) {
    const left = toNumber(actual);
    const right = toNumber(bound);
    if (left !== null && right !== null) return [left, right];
    if (type === T.NUMBER) return null;
  }
  const left = toTimestamp(actual);
  const right = upper ? toUpperTimestamp(bound) : toTimestamp(bound);
  return left !== null && right !== null ? [left, right] : null;
}
