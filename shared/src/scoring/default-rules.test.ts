import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_RULES } from "./default-rules.js";
import { evaluateScore } from "./evaluate.js";
import type { ScorableLead } from "./lead.js";

const context = { now: new Date("2025-06-15T12:00:00Z") };
const createdAt = "2025-06-10T09:00:00Z";
const score = (lead: Omit<ScorableLead, "createdAt">) =>
  evaluateScore(DEFAULT_SCORING_RULES, { createdAt, ...lead }, context);
const ids = (lead: Omit<ScorableLead, "createdAt">) =>
  score(lead).breakdown.map((entry) => `${entry.ruleId}:${entry.points}`);

describe("DEFAULT_SCORING_RULES", () => {
  it("have unique default- ids and are all active", () => {
    const ruleIds = DEFAULT_SCORING_RULES.map((rule) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(ruleIds.every((id) => id.startsWith("default-"))).toBe(true);
    expect(DEFAULT_SCORING_RULES.every((rule) => rule.active)).toBe(true);
  });

  it("score a strong-fit VP from a paid search at 90", () => {
    const result = score({
      email: "grace@navy-systems.example",
      phone: "+1 415 555 0134",
      company: "Navy Systems",
      source: "paid_search",
      jobTitle: "VP of Engineering",
      employees: 250,
      industry: "Software",
      country: "US",
    });
    expect(result).toMatchObject({ score: 90, rawScore: 90, grade: "A" });
    expect(result.categoryTotals.DEMOGRAPHIC.points).toBe(35);
    expect(result.categoryTotals.FIRMOGRAPHIC.points).toBe(40);
    expect(result.categoryTotals.BEHAVIORAL.points).toBe(15);
  });

  it("score a small business on free mail at 45", () => {
    const lead = {
      email: "jo.bloggs@gmail.com",
      jobTitle: "Marketing Coordinator",
      company: "Bloggs Bakery",
      employees: 8,
      industry: "Food",
      country: "GB",
      source: "social",
      emailOpens: 1,
      customFields: { urgency: "Low", serviceInterest: "Website redesign" },
    };
    expect(ids(lead)).toEqual([
      "default-job-title-individual:5",
      "default-company:5",
      "default-source-social:5",
      "default-service-interest:15",
      "default-target-region:10",
      "default-urgency-low:5",
    ]);
    expect(score(lead)).toMatchObject({ score: 45, grade: "C" });
  });

  it("count a target country written as a name or a code", () => {
    for (const country of ["United States", " united kingdom ", "USA", "Germany"])
      expect(ids({ country })).toContain("default-target-region:10");
    expect(ids({ country: "Brazil" })).not.toContain("default-target-region:10");
  });

  it("score an engaged manager past 100 and clamp to 100", () => {
    const result = score({
      email: "sam@fintech.io",
      phone: "+49 30 901820",
      jobTitle: "Senior Product Manager",
      company: "Fintech GmbH",
      employees: "120",
      industry: " financial services ",
      country: "de",
      source: "organic_search",
      emailOpens: 3,
      customFields: { urgency: "medium", budgetRange: "10k-50k" },
    });
    expect(result).toMatchObject({ score: 100, rawScore: 105, grade: "A" });
    expect(result.breakdown[0]).toMatchObject({ ruleId: "default-job-title-manager", points: 10 });
  });

  it("score a bare lead at 0", () => {
    expect(score({})).toMatchObject({ score: 0, rawScore: 0, grade: "D", breakdown: [] });
    expect(score({ email: "someone@outlook.com", source: "referral" }).score).toBe(0);
  });

  it("give each job title one tier only", () => {
    const titlePoints = (jobTitle: string) =>
      score({ jobTitle })
        .breakdown.filter((entry) => entry.field === "jobTitle")
        .map((entry) => entry.points);
    const expected: [string, number[]][] = [
      ["CEO", [15]],
      ["Chief Revenue Officer", [15]],
      ["Co-Founder", [15]],
      ["Head of Marketing", [15]],
      ["Vice-President, Sales", [15]],
      ["SVP Operations", [15]],
      ["Director of Sales Management", [15]],
      ["Account Manager", [10]],
      ["Marketing Coordinator", [5]],
      ["Doctor", [5]],
      ["   ", []],
    ];
    for (const [title, points] of expected) expect(titlePoints(title), title).toEqual(points);
  });

  it("score each source and urgency level", () => {
    const sources = { paid_search: 15, organic_search: 10, direct: 8, social: 5, email: 3, referral: 0 };
    for (const [source, points] of Object.entries(sources))
      expect(score({ source }).score, source).toBe(points);
    const urgencies = { HIGH: 15, " medium ": 10, low: 5, someday: 0 };
    for (const [urgency, points] of Object.entries(urgencies))
      expect(score({ customFields: { urgency } }).score, urgency).toBe(points);
  });
});
