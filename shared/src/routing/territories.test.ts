import { describe, expect, it } from "vitest";
import type { RoutingCondition } from "./conditions.js";
import { findTerritory, validateTerritoryCriteria, type TerritoryCriteria } from "./territories.js";

const territory = (
  name: string,
  criteria: RoutingCondition[],
  extra: Partial<TerritoryCriteria> = {},
): TerritoryCriteria & { name: string } => ({
  name,
  priority: 0,
  active: true,
  criteria,
  criteriaMatch: "ALL",
  ...extra,
});
const context = { now: new Date("2026-01-01T00:00:00Z") };
const lead = (fields: Record<string, unknown>) => ({ createdAt: "2026-01-01T00:00:00Z", ...fields });

describe("findTerritory", () => {
  const dach = territory("DACH", [{ field: "country", operator: "IN", value: ["DE", "AT", "CH"] }]);
  const bavariaBanks = territory(
    "Bavarian banks",
    [
      { field: "state", operator: "EQUALS", value: "Bavaria" },
      { field: "industry", operator: "EQUALS", value: "Banking" },
    ],
    { priority: 5 },
  );
  const enterprise = territory(
    "Enterprise",
    [
      { field: "employees", operator: "GREATER_THAN", value: 1000 },
      { field: "annualRevenue", operator: "GREATER_THAN", value: 50_000_000 },
    ],
    { criteriaMatch: "ANY", priority: 1 },
  );
  const all = [dach, bavariaBanks, enterprise];

  it("takes the highest priority territory whose criteria the lead meets", () => {
    const bavarianBank = lead({ country: "DE", state: "Bavaria", industry: "Banking" });
    expect(findTerritory(all, bavarianBank, context)?.name).toBe("Bavarian banks");
    expect(findTerritory(all, lead({ country: "DE", employees: 5000 }), context)?.name).toBe("Enterprise");
    expect(findTerritory(all, lead({ country: "at" }), context)?.name).toBe("DACH");
  });

  it("reads ALL and ANY criteria over size and revenue", () => {
    expect(findTerritory([enterprise], lead({ annualRevenue: 60_000_000 }), context)?.name).toBe(
      "Enterprise",
    );
    expect(findTerritory([enterprise], lead({ employees: 10, annualRevenue: 1 }), context)).toBeNull();
    expect(findTerritory([bavariaBanks], lead({ state: "Bavaria", industry: "Retail" }), context)).toBeNull();
  });

  it("keeps the given order among equal priorities, skips inactive ones, and finds none for an unmatched lead", () => {
    const first = territory("first", [{ field: "country", operator: "EQUALS", value: "FR" }]);
    const second = territory("second", [{ field: "country", operator: "EQUALS", value: "FR" }]);
    expect(findTerritory([first, second], lead({ country: "FR" }), context)?.name).toBe("first");
    expect(findTerritory([{ ...first, active: false }, second], lead({ country: "FR" }), context)?.name).toBe(
      "second",
    );
    expect(findTerritory(all, lead({ country: "US" }), context)).toBeNull();
    expect(findTerritory(all, lead({}), context)).toBeNull();
  });
});

describe("validateTerritoryCriteria", () => {
  it("needs at least one criterion over a territory field, each able to match", () => {
    expect(validateTerritoryCriteria([])).toEqual([{ field: "criteria", message: expect.any(String) }]);
    expect(validateTerritoryCriteria([{ field: "email", operator: "EQUALS", value: "x" }])).toEqual([
      { field: "criteria.0.field", message: expect.any(String) },
    ]);
    expect(
      validateTerritoryCriteria([
        { field: "country", operator: "EQUALS", value: "DE" },
        { field: "employees", operator: "GREATER_THAN", value: "many" },
      ]),
    ).toEqual([{ field: "criteria.1.value", message: expect.any(String) }]);
    expect(
      validateTerritoryCriteria([{ field: "companySize", operator: "EQUALS", value: "51-200" }]),
    ).toEqual([]);
  });
});
