import { describe, expect, it } from "vitest";
import { emailDomainType } from "./email-domain.js";
import { resolveField, SCORING_FIELDS, scoringFieldLabel } from "./fields.js";
import type { ScorableLead } from "./lead.js";

const now = new Date("2025-06-15T12:00:00Z");
const context = { now };
const lead = (fields: Partial<ScorableLead> = {}): ScorableLead => ({
  createdAt: "2025-06-01T12:00:00Z",
  ...fields,
});
const value = (fields: Partial<ScorableLead>, field: string) =>
  resolveField(lead(fields), field, context)?.value;

describe("scoring fields", () => {
  it("registers every lead field with a type and a label", () => {
    expect(Object.keys(SCORING_FIELDS)).toHaveLength(38);
    expect(SCORING_FIELDS.employees.type).toBe("NUMBER");
    expect(SCORING_FIELDS.tags.type).toBe("STRING_LIST");
    expect(SCORING_FIELDS.lastEngagementAt.type).toBe("DATE");
    expect(SCORING_FIELDS.doNotEmail.type).toBe("BOOLEAN");
    for (const definition of Object.values(SCORING_FIELDS)) expect(definition.label).not.toBe("");
  });

  it("labels registry fields by their label and custom fields by their key in words", () => {
    expect(scoringFieldLabel("jobTitle")).toBe(SCORING_FIELDS.jobTitle.label);
    expect(scoringFieldLabel("customFields.budgetRange")).toBe("Budget range");
    expect(scoringFieldLabel("customFields.service_interest")).toBe("Service interest");
    expect(scoringFieldLabel("customFields.lastNPSScore")).toBe("Last NPS score");
    expect(scoringFieldLabel("customFields.NPS")).toBe("NPS");
    expect(scoringFieldLabel("customFields.__")).toBe("__");
    expect(scoringFieldLabel("noSuchField")).toBe("noSuchField");
  });

  it("tells free-mail addresses from business ones", () => {
    expect(emailDomainType("someone@gmail.com")).toBe("FREE");
    expect(emailDomainType(" Someone@Outlook.com ")).toBe("FREE");
    expect(emailDomainType("someone@yahoo.com")).toBe("FREE");
    expect(emailDomainType("ada@acme-industries.com")).toBe("BUSINESS");
    expect([
      emailDomainType(null),
      emailDomainType(""),
      emailDomainType("no-at-sign"),
      emailDomainType("x@"),
    ]).toEqual(["NONE", "NONE", "NONE", "NONE"]);
    expect(value({ email: "ada@acme.io" }, "emailDomainType")).toBe("BUSINESS");
  });

  it("computes day counts from the context clock, not the machine's", () => {
    expect(value({}, "daysSinceCreated")).toBe(14);
    expect(value({ createdAt: new Date("2025-06-15T11:00:00Z") }, "daysSinceCreated")).toBe(0);
    // A clock a little behind the server gives 0, never a negative age.
    expect(value({ createdAt: "2025-06-16T00:00:00Z" }, "daysSinceCreated")).toBe(0);
    expect(value({ createdAt: "not a date" }, "daysSinceCreated")).toBeNull();
  });

  it("takes the later of the last activity and the last engagement", () => {
    expect(value({}, "daysSinceLastActivity")).toBeNull();
    expect(value({ lastActivityAt: "2025-06-10T12:00:00Z" }, "daysSinceLastActivity")).toBe(5);
    expect(
      value(
        { lastActivityAt: "2025-06-10T12:00:00Z", lastEngagementAt: new Date("2025-06-13T12:00:00Z") },
        "daysSinceLastActivity",
      ),
    ).toBe(2);
    expect(
      value({ lastActivityAt: null, lastEngagementAt: "2025-05-16T12:00:00Z" }, "daysSinceLastActivity"),
    ).toBe(30);
  });

  it("computes hasPhone and passes activitiesCount through", () => {
    expect(value({ phone: "+14155550132" }, "hasPhone")).toBe(true);
    expect(value({ phone: "  " }, "hasPhone")).toBe(false);
    expect(value({}, "hasPhone")).toBe(false);
    expect(value({ activitiesCount: 3 }, "activitiesCount")).toBe(3);
    expect(value({}, "activitiesCount")).toBeNull();
  });

  it("reads numbers given as text and refuses values of the wrong type as empty", () => {
    expect(value({ annualRevenue: "1250000.50" }, "annualRevenue")).toBe(1250000.5);
    expect(value({ employees: "lots" }, "employees")).toBeNull();
    expect(value({ lastEngagementAt: "2025-06-01" }, "lastEngagementAt")).toEqual(
      new Date("2025-06-01T00:00:00Z"),
    );
    expect(value({ lastEngagementAt: "yesterday" }, "lastEngagementAt")).toBeNull();
  });

  it("types custom fields by their value", () => {
    const customFields = {
      urgency: "high",
      seats: 12,
      seatsText: "12",
      trial: true,
      products: ["a", "b"],
      nested: { a: 1 },
    };
    const resolve = (key: string) => resolveField(lead({ customFields }), `customFields.${key}`, context);
    expect(resolve("urgency")).toEqual({ type: "STRING", value: "high" });
    expect(resolve("seats")).toEqual({ type: "NUMBER", value: 12 });
    expect(resolve("seatsText")).toEqual({ type: "NUMBER", value: "12" });
    expect(resolve("trial")).toEqual({ type: "BOOLEAN", value: true });
    expect(resolve("products")).toEqual({ type: "STRING_LIST", value: ["a", "b"] });
    expect(resolve("nested")).toEqual({ type: "STRING", value: '{"a":1}' });
    expect(resolve("missing")?.value).toBeNull();
    // Keys are own properties only: "constructor" is not read from the prototype.
    expect(resolve("constructor")?.value).toBeNull();
    expect(resolveField(lead(), "customFields.urgency", context)?.value).toBeNull();
  });

  it("knows no field outside the registry", () => {
    expect(resolveField(lead(), "favouriteColour", context)).toBeNull();
    expect(resolveField(lead(), "customFields.", context)).toBeNull();
    expect(resolveField(lead(), "toString", context)).toBeNull();
  });
});
