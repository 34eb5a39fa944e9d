import { describe, expect, it } from "vitest";
import { evaluateScore } from "./evaluate.js";
import type { ScorableLead } from "./lead.js";
import type { ScoringCategory, ScoringRuleDefinition } from "./types.js";

const context = { now: new Date("2025-06-15T12:00:00Z") };
const lead: ScorableLead = {
  createdAt: "2025-06-01T00:00:00Z",
  jobTitle: "Sales Director",
  company: "Acme",
  employees: 250,
  country: "US",
  emailOpens: 4,
};
let sequence = 0;
const rule = (
  field: string,
  points: number,
  extra: Partial<ScoringRuleDefinition> = {},
): ScoringRuleDefinition => ({
  id: `r${++sequence}`,
  name: `${field} ${points}`,
  category: "CUSTOM",
  field,
  operator: "IS_NOT_EMPTY",
  value: null,
  points,
  priority: 0,
  active: true,
  ...extra,
});
const totalOf = (result: ReturnType<typeof evaluateScore>, category: ScoringCategory) =>
  result.categoryTotals[category];

describe("evaluateScore", () => {
  it("adds the points of matching active rules and explains each", () => {
    const rules = [
      rule("company", 10, { name: "Company", category: "FIRMOGRAPHIC" }),
      rule("employees", 20, { operator: "GREATER_THAN", value: 100, category: "FIRMOGRAPHIC" }),
      rule("phone", 50),
      rule("country", 30, { active: false }),
    ];
    const result = evaluateScore(rules, lead, context);
    expect(result).toMatchObject({ score: 30, rawScore: 30, grade: "D", invalidRules: [] });
    expect(result.breakdown).toEqual([
      expect.objectContaining({
        name: "Company",
        points: 10,
        rulePoints: 10,
        field: "company",
        matchedValue: "Acme",
      }),
      expect.objectContaining({ category: "FIRMOGRAPHIC", operator: "GREATER_THAN", matchedValue: 250 }),
    ]);
    expect(totalOf(result, "FIRMOGRAPHIC")).toEqual({ points: 30, rawPoints: 30, cap: null, capped: false });
    expect(totalOf(result, "ENGAGEMENT")).toEqual({ points: 0, rawPoints: 0, cap: null, capped: false });
  });

  it("orders the breakdown by priority, then name", () => {
    const rules = [
      rule("company", 1, { name: "b" }),
      rule("company", 1, { name: "a" }),
      rule("country", 1, { priority: 5 }),
    ];
    expect(evaluateScore(rules, lead, context).breakdown.map((entry) => entry.name)).toEqual([
      "country 1",
      "a",
      "b",
    ]);
  });

  it("clamps the score to 0-100 but keeps the raw sum", () => {
    const high = evaluateScore([rule("company", 80), rule("country", 70)], lead, context);
    expect(high).toMatchObject({ score: 100, rawScore: 150, grade: "A" });
    const low = evaluateScore([rule("company", -80), rule("country", 10)], lead, context);
    expect(low).toMatchObject({ score: 0, rawScore: -70, grade: "D" });
  });

  it("caps a category's positive total and shares the cap out in priority order", () => {
    const rules = [
      rule("company", 20, { category: "DEMOGRAPHIC", priority: 3 }),
      rule("country", 15, { category: "DEMOGRAPHIC", priority: 2 }),
      rule("employees", 10, { category: "DEMOGRAPHIC", priority: 1 }),
      rule("emailOpens", 10, { category: "ENGAGEMENT" }),
    ];
    const result = evaluateScore(rules, lead, context, { categoryCaps: { DEMOGRAPHIC: 30, ENGAGEMENT: 50 } });
    expect(result).toMatchObject({ score: 40, rawScore: 55 });
    expect(result.breakdown.map((entry) => [entry.rulePoints, entry.points])).toEqual([
      [20, 20],
      [15, 10],
      [10, 0],
      [10, 10],
    ]);
    expect(totalOf(result, "DEMOGRAPHIC")).toEqual({ points: 30, rawPoints: 45, cap: 30, capped: true });
    expect(totalOf(result, "ENGAGEMENT")).toEqual({ points: 10, rawPoints: 10, cap: 50, capped: false });
  });

  it("never caps negative points", () => {
    const penalties = [
      rule("company", -40, { category: "BEHAVIORAL" }),
      rule("country", 10, { category: "BEHAVIORAL" }),
    ];
    const result = evaluateScore(penalties, lead, context, { categoryCaps: { BEHAVIORAL: 5 } });
    expect(totalOf(result, "BEHAVIORAL")).toEqual({ points: -30, rawPoints: -30, cap: 5, capped: false });
    // Mixed: 30 + 20 - 10 = 40 capped to 30; the penalty stays whole, the bonuses give way.
    const mixed = [
      rule("company", 30, { category: "BEHAVIORAL", priority: 2 }),
      rule("country", 20, { category: "BEHAVIORAL", priority: 1 }),
      rule("employees", -10, { category: "BEHAVIORAL" }),
    ];
    const capped = evaluateScore(mixed, lead, context, { categoryCaps: { BEHAVIORAL: 30 } });
    expect(capped.breakdown.map((entry) => entry.points)).toEqual([30, 10, -10]);
    expect(capped.score).toBe(30);
  });

  it("counts only the highest-priority match of an exclusive group", () => {
    const tiers = [
      rule("jobTitle", 5, { name: "Any title", priority: 1, exclusiveGroup: "title" }),
      rule("jobTitle", 15, {
        name: "Director",
        operator: "CONTAINS",
        value: "director",
        priority: 3,
        exclusiveGroup: "title",
      }),
      rule("jobTitle", 10, {
        name: "Manager",
        operator: "CONTAINS",
        value: "manager",
        priority: 2,
        exclusiveGroup: " Title ",
      }),
      rule("company", 5, { name: "Ungrouped" }),
    ];
    const names = (jobTitle: string | null) =>
      evaluateScore(tiers, { ...lead, jobTitle }, context).breakdown.map(
        (entry) => `${entry.name}:${entry.points}`,
      );
    expect(names("Sales Director")).toEqual(["Director:15", "Ungrouped:5"]);
    expect(names("Account Manager")).toEqual(["Manager:10", "Ungrouped:5"]);
    expect(names("Engineer")).toEqual(["Any title:5", "Ungrouped:5"]);
    expect(names(null)).toEqual(["Ungrouped:5"]);
    // An inactive tier steps aside for the next one.
    const withoutDirector = tiers.map((item) =>
      item.name === "Director" ? { ...item, active: false } : item,
    );
    expect(evaluateScore(withoutDirector, lead, context).breakdown[0]).toMatchObject({ name: "Any title" });
  });

  it("grades with custom thresholds", () => {
    const rules = [rule("company", 35)];
    expect(evaluateScore(rules, lead, context).grade).toBe("D");
    expect(evaluateScore(rules, lead, context, { gradeThresholds: { A: 35, B: 20, C: 10 } }).grade).toBe("A");
    expect(evaluateScore(rules, lead, context, { gradeThresholds: { A: 90, B: 36, C: 30 } }).grade).toBe("C");
  });

  it("skips and reports a rule that fails validation instead of half-applying it", () => {
    const broken = rule("country", 10, { operator: "NOT_EQUALS", field: "favouriteColour", value: "blue" });
    const result = evaluateScore([broken, rule("company", 5)], lead, context);
    expect(result.score).toBe(5);
    expect(result.invalidRules).toEqual([
      { ruleId: broken.id, name: broken.name, errors: [expect.objectContaining({ field: "field" })] },
    ]);
  });

  it("reads computed fields with the context clock and stores dates as ISO text", () => {
    const rules = [
      rule("daysSinceCreated", 10, { operator: "LESS_THAN", value: 30 }),
      rule("lastEngagementAt", 5, { operator: "GREATER_THAN", value: "2025-06-01" }),
    ];
    const recent = evaluateScore(
      rules,
      { ...lead, lastEngagementAt: new Date("2025-06-10T08:00:00Z") },
      context,
    );
    expect(recent.score).toBe(15);
    expect(recent.breakdown[1]?.matchedValue).toBe("2025-06-10T08:00:00.000Z");
    expect(evaluateScore(rules, lead, { now: new Date("2025-08-01T00:00:00Z") }).score).toBe(0);
  });
});
