import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES } from "./default-rules.js";
import { operatorsForField, validateScoringRule } from "./validate.js";
import type { ScoringRuleDefinition } from "./types.js";

const base: ScoringRuleDefinition = {
  id: "r1",
  name: "Big company",
  category: "FIRMOGRAPHIC",
  field: "employees",
  operator: "GREATER_THAN",
  value: 100,
  points: 10,
  priority: 0,
  active: true,
};
const fieldsAtFault = (change: Partial<ScoringRuleDefinition> | Record<string, unknown>) =>
  validateScoringRule({ ...base, ...change } as ScoringRuleDefinition).map((error) => error.field);

describe("validateScoringRule", () => {
  it("accepts a well-formed rule and every default rule", () => {
    expect(validateScoringRule(base)).toEqual([]);
    for (const rule of DEFAULT_SCORING_RULES) expect(validateScoringRule(rule), rule.id).toEqual([]);
  });

  it("names the field for an unknown field", () => {
    expect(fieldsAtFault({ field: "favouriteColour" })).toEqual(["field"]);
    expect(fieldsAtFault({ field: "customFields." })).toEqual(["field"]);
    expect(fieldsAtFault({ field: "constructor" })).toEqual(["field"]);
  });

  it("names the operator when it does not apply to the field's type", () => {
    expect(fieldsAtFault({ field: "company", operator: "GREATER_THAN" })).toEqual(["operator"]);
    expect(fieldsAtFault({ field: "employees", operator: "CONTAINS", value: "1" })).toEqual(["operator"]);
    expect(fieldsAtFault({ field: "doNotCall", operator: "CONTAINS", value: "t" })).toEqual(["operator"]);
    expect(fieldsAtFault({ field: "lastEngagementAt", operator: "EQUALS", value: "2024-01-01" })).toEqual([
      "operator",
    ]);
    expect(fieldsAtFault({ operator: "LIKE" })).toEqual(["operator"]);
  });

  it("names the value when its shape does not fit the type and operator", () => {
    const wrong: Partial<ScoringRuleDefinition>[] = [
      { operator: "BETWEEN", value: [50] },
      { operator: "BETWEEN", value: [500, 50] },
      { operator: "BETWEEN", value: ["a", 50] },
      { value: "lots" },
      { value: null },
      { operator: "IN", value: [] },
      { operator: "IN", value: 5 },
      { operator: "IN", value: [5, "x"] },
      { operator: "IS_EMPTY", value: 5 },
      { field: "doNotCall", operator: "EQUALS", value: "yes" },
      { field: "company", operator: "EQUALS", value: 5 },
      { field: "company", operator: "EQUALS", value: "   " },
      { field: "company", operator: "EQUALS", value: ["a"] },
      { field: "jobTitle", operator: "CONTAINS", value: [] },
      { field: "jobTitle", operator: "CONTAINS", value: ["vp", ""] },
      { field: "status", operator: "EQUALS", value: "WON" },
      { field: "emailDomainType", operator: "IN", value: ["BUSINESS", "CORPORATE"] },
      { field: "lastEngagementAt", operator: "GREATER_THAN", value: "last week" },
      { field: "lastEngagementAt", operator: "LESS_THAN", value: "2024-02-30" },
      { field: "lastEngagementAt", operator: "BETWEEN", value: ["2024-03-01", "2024-02-01"] },
      { field: "customFields.seats", operator: "BETWEEN", value: [1, "2024-01-01"] },
      { field: "customFields.seats", operator: "EQUALS", value: null },
    ];
    for (const change of wrong) expect(fieldsAtFault(change), JSON.stringify(change)).toEqual(["value"]);
  });

  it("accepts the right shapes, numbers as text included", () => {
    const right: Partial<ScoringRuleDefinition>[] = [
      { value: "100" },
      { operator: "BETWEEN", value: [10, "50"] },
      { operator: "BETWEEN", value: [10, 10] },
      { operator: "IN", value: [10, "50"] },
      { operator: "IS_EMPTY", value: null },
      { field: "doNotCall", operator: "EQUALS", value: false },
      { field: "status", operator: "EQUALS", value: "qualified" },
      { field: "postalCode", operator: "IN", value: [10001, "10002"] },
      { field: "jobTitle", operator: "STARTS_WITH", value: ["dir", "vp"] },
      { field: "tags", operator: "CONTAINS", value: "vip" },
      { field: "lastEngagementAt", operator: "BETWEEN", value: ["2024-01-01", "2024-01-01"] },
      { field: "lastEngagementAt", operator: "GREATER_THAN", value: "2024-01-01T08:00:00+02:00" },
      { field: "customFields.seats", operator: "GREATER_THAN", value: 5 },
      { field: "customFields.renewal", operator: "LESS_THAN", value: "2026-01-01" },
      { field: "customFields.plan", operator: "CONTAINS", value: "pro" },
      { field: "customFields.trial", operator: "EQUALS", value: true },
    ];
    for (const change of right) expect(fieldsAtFault(change), JSON.stringify(change)).toEqual([]);
  });

  it("names points outside -100..100 or not whole, an empty name and other slips", () => {
    for (const points of [101, -101, 2.5, Number.NaN]) expect(fieldsAtFault({ points })).toEqual(["points"]);
    expect(fieldsAtFault({ points: -100 })).toEqual([]);
    expect(fieldsAtFault({ name: "  " })).toEqual(["name"]);
    expect(fieldsAtFault({ category: "PSYCHIC" })).toEqual(["category"]);
    expect(fieldsAtFault({ priority: Number.POSITIVE_INFINITY })).toEqual(["priority"]);
    expect(fieldsAtFault({ exclusiveGroup: " " })).toEqual(["exclusiveGroup"]);
    expect(fieldsAtFault({ exclusiveGroup: null })).toEqual([]);
  });

  it("reports every mistake, field before operator before value", () => {
    expect(fieldsAtFault({ name: "", field: "nope", points: 500 })).toEqual(["name", "field", "points"]);
    expect(validateScoringRule({ ...base, value: "lots" })[0]).toEqual({
      field: "value",
      message: "must be a number",
    });
  });

  it("offers the operators of the field's type to the rule builder", () => {
    expect(operatorsForField("doNotEmail")).toEqual(["EQUALS", "NOT_EQUALS", "IS_EMPTY", "IS_NOT_EMPTY"]);
    expect(operatorsForField("lastEngagementAt")).toEqual([
      "GREATER_THAN",
      "LESS_THAN",
      "BETWEEN",
      "IS_EMPTY",
      "IS_NOT_EMPTY",
    ]);
    expect(operatorsForField("customFields.x")).toHaveLength(12);
    expect(operatorsForField("nope")).toEqual([]);
  });
});
