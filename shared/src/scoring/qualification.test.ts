import { describe, expect, it } from "vitest";
import type { ScorableLead } from "./lead.js";
import {
  DEFAULT_QUALIFICATION_CRITERIA,
  evaluateQualification,
  type QualificationActivity,
  type QualificationCriteriaDefinition,
  validateQualificationCriteria,
} from "./qualification.js";

const context = { now: new Date("2025-06-15T12:00:00Z") };
const complete: ScorableLead = {
  createdAt: "2025-06-01T00:00:00Z",
  email: "ada@acme.com",
  phone: "+14155550132",
  company: "Acme",
};
const daysAgo = (days: number) => new Date(context.now.getTime() - days * 86_400_000);
const qualify = (lead: ScorableLead, score: number, activities: QualificationActivity[] = []) =>
  evaluateQualification(DEFAULT_QUALIFICATION_CRITERIA, lead, score, activities, context);

describe("evaluateQualification", () => {
  it("gives no stage below the MQL score, saying what each stage lacks", () => {
    expect(qualify({ createdAt: complete.createdAt }, 30)).toEqual({
      stage: null,
      missing: [
        { stage: "MQL", reasons: ["score 30 is below 40", "email is empty"] },
        {
          stage: "SQL",
          reasons: ["score 30 is below 60", "email is empty", "phone is empty", "company is empty"],
        },
        {
          stage: "HOT",
          reasons: ["score 30 is below 80", "no CALL or MEETING activity in the last 14 days"],
        },
      ],
    });
  });

  it("reaches MQL, then SQL once phone and company are given", () => {
    const mql = qualify({ ...complete, phone: "  ", company: null }, 65);
    expect(mql.stage).toBe("MQL");
    expect(mql.missing[0]).toEqual({ stage: "SQL", reasons: ["phone is empty", "company is empty"] });
    expect(qualify(complete, 65)).toMatchObject({ stage: "SQL", missing: [{ stage: "HOT" }] });
    expect(qualify(complete, 42).missing[0]).toEqual({ stage: "SQL", reasons: ["score 42 is below 60"] });
  });

  it("makes a lead HOT with a recent call or meeting and a high score", () => {
    const activities = [
      { type: "EMAIL", occurredAt: daysAgo(1) },
      { type: "meeting", occurredAt: daysAgo(14).toISOString() },
    ];
    expect(qualify(complete, 85, activities)).toEqual({ stage: "HOT", missing: [] });
    expect(qualify(complete, 79, activities).stage).toBe("SQL");
    // A call 15 days ago is too old; an email is the wrong kind of activity.
    const stale = qualify(complete, 85, [
      { type: "CALL", occurredAt: daysAgo(15) },
      { type: "EMAIL", occurredAt: daysAgo(0) },
    ]);
    expect(stale).toEqual({
      stage: "SQL",
      missing: [{ stage: "HOT", reasons: ["no CALL or MEETING activity in the last 14 days"] }],
    });
  });

  it("judges stages independently: HOT needs only its own criteria", () => {
    const result = qualify({ createdAt: complete.createdAt, email: "a@b.co" }, 90, [
      { type: "CALL", occurredAt: daysAgo(2) },
    ]);
    expect(result).toEqual({
      stage: "HOT",
      missing: [{ stage: "SQL", reasons: ["phone is empty", "company is empty"] }],
    });
  });

  it("reads custom and computed required fields, and activities at any time when withinDays is null", () => {
    const criteria: QualificationCriteriaDefinition[] = [
      {
        stage: "SQL",
        minScore: 0,
        requiredFields: ["customFields.budgetRange", "hasPhone", "jobTitle"],
        requiredActivityTypes: ["DEMO"],
        withinDays: null,
      },
    ];
    const result = evaluateQualification(criteria, { createdAt: complete.createdAt }, 50, [], context);
    expect(result.missing).toEqual([
      {
        stage: "SQL",
        reasons: [
          "custom field budgetRange is empty",
          "has phone is not true",
          "job title is empty",
          "no DEMO activity yet",
        ],
      },
    ]);
    const met = evaluateQualification(
      criteria,
      { ...complete, jobTitle: "CTO", customFields: { budgetRange: "50k+" } },
      50,
      [{ type: "demo", occurredAt: "2019-01-01" }],
      context,
    );
    expect(met).toEqual({ stage: "SQL", missing: [] });
  });

  it("validates criteria, naming the field", () => {
    for (const criteria of DEFAULT_QUALIFICATION_CRITERIA)
      expect(validateQualificationCriteria(criteria)).toEqual([]);
    const bad: QualificationCriteriaDefinition = {
      stage: "MQL",
      minScore: 120,
      requiredFields: ["email", "shoeSize"],
      requiredActivityTypes: [" "],
      withinDays: 0,
    };
    expect(validateQualificationCriteria(bad).map((error) => error.field)).toEqual([
      "minScore",
      "requiredFields",
      "requiredActivityTypes",
      "withinDays",
    ]);
  });
});
