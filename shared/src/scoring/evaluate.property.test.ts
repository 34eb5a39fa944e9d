import { describe, expect, it } from "vitest";
import { clampScore } from "../grades.js";
import { randomRule, type Random, seededRandom } from "../testing/random-scoring.js";
import { evaluateScore } from "./evaluate.js";
import { SCORING_FIELDS } from "./fields.js";
import type { ScorableLead } from "./lead.js";
import { ScoringCategory } from "./types.js";
import { validateScoringRule } from "./validate.js";

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

describe("evaluateScore on random leads and rules", () => {
  it("never throws, stays within 0-100, and its breakdown adds up to the score before clamping", () => {
    let matched = 0;
    let capped = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const r = seededRandom(seed);
      const rules = Array.from({ length: r.int(0, 25) }, (_, index) =>
        randomRule(r, index, { words: WORDS, customKeys: CUSTOM_KEYS }),
      );
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
