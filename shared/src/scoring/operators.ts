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

/** Tests one lead value (of field type `type`) against a rule compiled by `compileMatcher`. */
export type FieldMatcher = (type: T, actual: FieldValue) => boolean;

/** A rule value read every way an operator may need it, once per rule rather than once per lead. */
export interface Expected {
  text: string;
  number: number | null;
  boolean: boolean | null;
  time: number | null;
  upperTime: number | null;
  /** CONTAINS: whether the needle starts or ends with a letter (whole-word matching). */
  wordStart: boolean;
  wordEnd: boolean;
}

/** Reads a rule value (one item of it) the way every operator compares with it; null for no value. */
export function prepareExpected(value: string | number | boolean | null | undefined): Expected | null {
  if (value === null || value === undefined) return null;
  const text = normalizeText(value);
  return {
    text,
    number: toNumber(value),
    boolean: toBoolean(value),
    time: toTimestamp(value),
    upperTime: toUpperTimestamp(value),
    wordStart: LETTER.test(text.charAt(0)),
    wordEnd: LETTER.test(text.charAt(text.length - 1)),
  };
}

/** The items of a rule value (a lone value is a list of one), each read by `prepareExpected`. */
export function prepareExpectedList(expected: ScoringValue): Expected[] {
  if (expected === null) return [];
  const list = Array.isArray(expected) ? expected : [expected];
  return list.map(prepareExpected).filter((item) => item !== null);
}

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
  return compileMatcher(operator, expected)(type, actual);
}

/**
 * `matchesOperator` with the rule's side prepared once: scoring a whole organisation runs the same
 * rule over every lead, so the rule value is normalised and parsed here, not per lead.
 */
export function compileMatcher(operator: Op, expected: ScoringValue): FieldMatcher {
  const test = compileNonEmpty(operator, expected);
  if (operator === Op.IS_NOT_EMPTY) return (_type, actual) => !isEmptyValue(actual);
  const whenEmpty = TRUE_WHEN_EMPTY.has(operator);
  return (type, actual) => (isEmptyValue(actual) ? whenEmpty : test(type, actual));
}

/** The test for a value known not to be empty. */
function compileNonEmpty(operator: Op, expected: ScoringValue): FieldMatcher {
  const values = prepareExpectedList(expected);
  const scalar = expected === null || Array.isArray(expected) ? null : prepareExpected(expected);
  switch (operator) {
    case Op.IS_EMPTY:
    case Op.IS_NOT_EMPTY:
      return () => false;
    case Op.EQUALS:
      return (type, actual) => scalar !== null && someItem(actual, (item) => equals(type, item, scalar));
    case Op.IN:
      return (type, actual) => values.some((value) => someItem(actual, (item) => equals(type, item, value)));
    case Op.CONTAINS:
      return (type, actual) =>
        Array.isArray(actual)
          ? values.some((value) => someItem(actual, (item) => equals(type, item, value)))
          : values.some((value) => containsWord(normalizeText(actual), value));
    case Op.STARTS_WITH:
      return (_type, actual) =>
        values.some((value) => someItem(actual, (item) => normalizeText(item).startsWith(value.text)));
    case Op.NOT_EQUALS:
    case Op.NOT_IN:
    case Op.NOT_CONTAINS: {
      const positive = compileNonEmpty(NEGATED[operator], expected);
      return (type, actual) => !positive(type, actual);
    }
    case Op.GREATER_THAN:
      return (type, actual) => {
        const pair = scalar && ranks(type, actual, scalar, true);
        return !!pair && pair[0] > pair[1];
      };
    case Op.LESS_THAN:
      return (type, actual) => {
        const pair = scalar && ranks(type, actual, scalar, false);
        return !!pair && pair[0] < pair[1];
      };
    case Op.BETWEEN: {
      const bounds = Array.isArray(expected) && expected.length === 2 ? expected.map(prepareExpected) : null;
      const [lowBound, highBound] = bounds ?? [null, null];
      return (type, actual) => {
        const low = lowBound && ranks(type, actual, lowBound, false);
        const high = highBound && ranks(type, actual, highBound, true);
        return !!low && !!high && low[0] >= low[1] && high[0] <= high[1];
      };
    }
  }
}

const NEGATED = { [Op.NOT_EQUALS]: Op.EQUALS, [Op.NOT_IN]: Op.IN, [Op.NOT_CONTAINS]: Op.CONTAINS } as const;

function someItem(actual: FieldValue, test: (item: FieldValue) => boolean): boolean {
  return Array.isArray(actual) ? actual.some((item) => !isEmptyValue(item) && test(item)) : test(actual);
}

function equals(type: T, item: FieldValue, expected: Expected): boolean {
  switch (type) {
    case T.NUMBER: {
      const left = toNumber(item);
      return left !== null && left === expected.number;
    }
    case T.BOOLEAN: {
      const left = toBoolean(item);
      return left !== null && left === expected.boolean;
    }
    case T.DATE: {
      const left = toTimestamp(item);
      return left !== null && left === expected.time;
    }
    default:
      return normalizeText(item) === expected.text;
  }
}

/** True when `needle` occurs in `text` without cutting a word in two (see `matchesOperator`). */
function containsWord(text: string, needle: Expected): boolean {
  const word = needle.text;
  if (word === "") return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const cutsBefore = needle.wordStart && LETTER.test(text.charAt(at - 1));
    const cutsAfter = needle.wordEnd && LETTER.test(text.charAt(at + word.length));
    if (!cutsBefore && !cutsAfter) return true;
  }
  return false;
}

/**
 * The lead's value and a bound as two comparable numbers: numbers on a NUMBER field, instants on a DATE
 * field, and for a custom text field whichever of the two both sides are. `upper` reads a date-only bound
 * as the end of its day. Null when they do not compare.
 */
function ranks(type: T, actual: FieldValue, bound: Expected, upper: boolean): [number, number] | null {
  if (Array.isArray(actual)) return null;
  if (type !== T.DATE) {
    const left = toNumber(actual);
    if (left !== null && bound.number !== null) return [left, bound.number];
    if (type === T.NUMBER) return null;
  }
  const left = toTimestamp(actual);
  const right = upper ? bound.upperTime : bound.time;
  return left !== null && right !== null ? [left, right] : null;
}
