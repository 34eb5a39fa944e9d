import { describe, expect, it } from "vitest";
import { compileScoring, evaluateScore } from "./evaluate.js";
import type { ScorableLead } from "./lead.js";
import { DECAY_ENTRY_ID, type ScoringRuleDefinition } from "./types.js";

const rules: ScoringRuleDefinition[] = [
  {
    id: "company",
    name: "Company given",
    category: "FIRMOGRAPHIC",
    field: "company",
    operator: "IS_NOT_EMPTY",
    value: null,
    points: 40,
    priority: 0,
    active: true,
  },
];
const lead = (extra: Partial<ScorableLead> = {}): ScorableLead => ({
  company: "Acme",
  createdAt: "2025-01-01T00:00:00Z",
  ...extra,
});
const at = (iso: string) => ({ now: new Date(iso) });

describe("score decay", () => {
  it("takes N points per whole week since creation when there was no activity", () => {
    const options = { decayPointsPerWeek: 5 };
    expect(evaluateScore(rules, lead(), at("2025-01-07T23:59:59Z"), options).score).toBe(40);
    const afterOneWeek = evaluateScore(rules, lead(), at("2025-01-08T00:00:00Z"), options);
    expect(afterOneWeek.score).toBe(35);
    expect(afterOneWeek.decay).toEqual({ weeks: 1, points: -5 });
    expect(afterOneWeek.breakdown.at(-1)).toMatchObject({
      ruleId: DECAY_ENTRY_ID,
      name: "No activity for 1 week",
      points: -5,
      matchedValue: "2025-01-01T00:00:00.000Z",
    });
    expect(evaluateScore(rules, lead(), at("2025-01-29T00:00:00Z"), options).score).toBe(20);
  });

  it("counts from the latest of last activity, last engagement and creation", () => {
    const options = { decayPointsPerWeek: 5 };
    const now = at("2025-03-01T00:00:00Z");
    expect(evaluateScore(rules, lead({ lastEngagementAt: "2025-02-20T00:00:00Z" }), now, options).score).toBe(
      35,
    );
    expect(
      evaluateScore(rules, lead({ lastActivityAt: "2025-02-27T00:00:00Z" }), now, options).decay,
    ).toBeNull();
  });

  it("never takes the score below 0, and is off at 0 or when unset", () => {
    const old = lead({ createdAt: "2020-01-01T00:00:00Z" });
    const now = at("2025-01-01T00:00:00Z");
    expect(evaluateScore(rules, old, now, { decayPointsPerWeek: 5 }).score).toBe(0);
    expect(evaluateScore(rules, old, now, { decayPointsPerWeek: 0 }).score).toBe(40);
    expect(evaluateScore(rules, old, now).decay).toBeNull();
  });

  it("applies after category caps, so a capped category still decays", () => {
    const result = evaluateScore(rules, lead(), at("2025-01-15T00:00:00Z"), {
      decayPointsPerWeek: 10,
      categoryCaps: { FIRMOGRAPHIC: 30 },
    });
    expect(result.score).toBe(10);
    expect(result.categoryTotals.FIRMOGRAPHIC.points).toBe(30);
  });

  it("gives the same answer compiled once for many leads", () => {
    const compiled = compileScoring(rules, { decayPointsPerWeek: 3 });
    const now = at("2025-02-01T00:00:00Z");
    for (const item of [lead(), lead({ company: null }), lead({ lastActivityAt: "2025-01-30T00:00:00Z" })])
      expect(compiled.score(item, now)).toEqual(evaluateScore(rules, item, now, { decayPointsPerWeek: 3 }));
  });
});
