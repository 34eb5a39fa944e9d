import { describe, expect, it } from "vitest";
import { clampScore } from "../grades.js";
import { evaluateScore } from "./evaluate.js";
import { SCORING_FIELDS, scoringField } from "./fields.js";
import type { ScorableLead } from "./lead.js";
import {
  ScoringCategory,
  ScoringOperator as Op,
  type ScoringRuleDefinition,
  type ScoringValue,
} from "./types.js";
import { operatorsForField, validateScoringRule } from "./validate.js";

// A seeded generator (mulberry32): a failure reproduces with the same seed.
function random(seed: number) {
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
type Random = ReturnType<typeof random>;

const WORDS = [
  "Director",
  "manager",
  " VP ",
  "gmail.com",
  "US",
  "gb",
  "Software",
  "paid_search",
  "",
  "  ",
  "42",
  "7.5",
];
const DATES = ["2024-01-01", "2025-06-01T10:00:00Z", "2025-06-14", "not a date"];
const CUSTOM_KEYS = ["urgency", "seats", "plan", "tags"];

function anyValue(r: Random): unknown {
  return r.pick<() => unknown>([
    () => null,
    () => undefined,
    () => r.pick(WORDS),
    () => r.int(-50, 5000),
    () => String(r.int(0, 500)),
    () => r.next() < 0.5,
    () => r.pick(DATES),
    () => [r.pick(WORDS), r.pick(WORDS)],
    () => [],
    () => Number.NaN,
  ])();
}

function randomLead(r: Random): ScorableLead {
  const lead: Record<string, unknown> = { createdAt: r.pick(DATES) };
  for (const field of Object.keys(SCORING_FIELDS)) if (r.next() < 0.6) lead[field] = anyValue(r);
  lead.email = r.pick([null, "ada@gmail.com", "ada@acme.com", "broken", "  "]);
  lead.customFields = Object.fromEntries(CUSTOM_KEYS.map((key) => [key, anyValue(r)]));
  return lead as ScorableLead;
}

function valueFor(r: Random, field: string, operator: Op): ScoringValue {
  const definition = scoringField(field);
  const type = definition?.type ?? null;
  const number = () => (r.next() < 0.3 ? String(r.int(0, 1000)) : r.int(-10, 1000));
  const text = () =>
    definition?.options ? r.pick(definition.options) : r.pick(WORDS.filter((w) => w.trim() !== ""));
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

function randomRule(r: Random, index: number): ScoringRuleDefinition {
  const field = r.next() < 0.2 ? `customFields.${r.pick(CUSTOM_KEYS)}` : r.pick(Object.keys(SCORING_FIELDS));
  const operator = r.pick(operatorsForField(field));
  return {
    id: `rule-${index}`,
    name: `Rule ${index}`,
    category: r.pick(Object.values(ScoringCategory)),
    field,
    operator,
    value: valueFor(r, field, operator),
    points: r.int(-100, 100),
    priority: r.int(0, 5),
    active: r.next() < 0.9,
    exclusiveGroup: r.next() < 0.3 ? r.pick(["a", "b"]) : null,
  };
}

describe("evaluateScore on random leads and rules", () => {
  it("never throws, stays within 0-100, and its breakdown adds up to the score before clamping", () => {
    let matched = 0;
    let capped = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const r = random(seed);
      const rules = Array.from({ length: r.int(0, 25) }, (_, index) => randomRule(r, index));
      for (const rule of rules)
        expect(validateScoringRule(rule), `seed ${seed} ${JSON.stringify(rule)}`).toEqual([]);
      const caps = Object.fromEntries(
        Object.values(ScoringCategory)
          .filter(() => r.next() < 0.4)
          .map((category) => [category, r.int(0, 60)]),
      );
      const lead = randomLead(r);
      const result = evaluateScore(
        rules,
        lead,
        { now: new Date("2025-06-15T12:00:00Z") },
        { categoryCaps: caps },
      );

      const breakdownSum = result.breakdown.reduce((sum, entry) => sum + entry.points, 0);
      const totalsSum = Object.values(result.categoryTotals).reduce((sum, total) => sum + total.points, 0);
      expect(Number.isInteger(result.score), `seed ${seed}`).toBe(true);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(breakdownSum, `seed ${seed}`).toBe(totalsSum);
      expect(clampScore(breakdownSum), `seed ${seed}`).toBe(result.score);
      expect(result.rawScore).toBe(result.breakdown.reduce((sum, entry) => sum + entry.rulePoints, 0));
      expect(result.invalidRules).toEqual([]);
      const groups = result.breakdown.map(
        (entry) => rules.find((rule) => rule.id === entry.ruleId)?.exclusiveGroup,
      );
      expect(groups.filter((group) => group === "a").length).toBeLessThanOrEqual(1);
      expect(groups.filter((group) => group === "b").length).toBeLessThanOrEqual(1);
      expect(JSON.parse(JSON.stringify(result.breakdown))).toEqual(result.breakdown);
      matched += result.breakdown.length;
      capped += Object.values(result.categoryTotals).filter((total) => total.capped).length;
    }
    // The generator must exercise matches and caps, not just empty results.
    expect(matched).toBeGreaterThan(1000);
    expect(capped).toBeGreaterThan(50);
  });
});
