// Random rules for property tests of scoring (the shared evaluator, the server's SQL compiler): seeded, so a
// failure reproduces with the same seed. Test support only: nothing in the app imports it.
import { scoringField, SCORING_FIELDS } from "../scoring/fields.js";
import {
  ScoringCategory,
  ScoringOperator as Op,
  type ScoringRuleDefinition,
  type ScoringValue,
} from "../scoring/types.js";
import { operatorsForField } from "../scoring/validate.js";

/** A seeded generator (mulberry32). */
export function seededRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <V>(items: readonly V[]): V => items[int(0, items.length - 1)] as V;
  return { next, int, pick };
}
export type Random = ReturnType<typeof seededRandom>;

export interface RandomRuleOptions {
  /** Text values rules compare with (blank ones are left out). */
  words: readonly string[];
  /** The custom fields a rule may read, a fifth of the time; none: standard fields only. */
  customKeys?: readonly string[];
}

function valueFor(r: Random, field: string, operator: Op, words: readonly string[]): ScoringValue {
  const definition = scoringField(field);
  const type = definition?.type ?? null;
  const number = () => (r.next() < 0.3 ? String(r.int(0, 1000)) : r.int(-10, 1000));
  const text = () =>
    definition?.options ? r.pick(definition.options) : r.pick(words.filter((w) => w.trim() !== ""));
  const date = () => r.pick(["2024-01-01", "2025-01-01T00:00:00Z"]);
  const bound = () => (type === "DATE" ? date() : number());
  switch (operator) {
    case Op.IS_EMPTY:
    case Op.IS_NOT_EMPTY:
      return null;
    case Op.BETWEEN:
      return type === "DATE" ? ["2024-01-01", "2025-06-01"] : [r.int(-10, 100), r.int(100, 2000)];
    case Op.GREATER_THAN:
    case Op.LESS_THAN:
      return bound();
    case Op.IN:
    case Op.NOT_IN:
      return type === "NUMBER" ? [number(), number()] : [text(), text()];
    case Op.CONTAINS:
    case Op.NOT_CONTAINS:
    case Op.STARTS_WITH:
      return r.next() < 0.5 ? text() : [text(), text()];
    default:
      if (type === "BOOLEAN") return r.next() < 0.5;
      return type === "NUMBER" ? number() : text();
  }
}

/** A valid rule on a random field, with a random operator and value, points, priority and group. */
export function randomRule(
  r: Random,
  index: number,
  { words, customKeys = [] }: RandomRuleOptions,
): ScoringRuleDefinition {
  const field =
    customKeys.length > 0 && r.next() < 0.2
      ? `customFields.${r.pick(customKeys)}`
      : r.pick(Object.keys(SCORING_FIELDS));
  const operator = r.pick(operatorsForField(field));
  return {
    id: `rule-${index}`,
    name: `Rule ${index}`,
    category: r.pick(Object.values(ScoringCategory)),
    field,
    operator,
    value: valueFor(r, field, operator, words),
    points: r.int(-100, 100),
    priority: r.int(0, 5),
    active: r.next() < 0.9,
    exclusiveGroup: r.next() < 0.3 ? r.pick(["a", "b"]) : null,
  };
}
