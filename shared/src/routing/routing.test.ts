import { describe, expect, it } from "vitest";
import {
  eligibleCandidates,
  pickByScoreBand,
  pickLeastLoaded,
  pickRoundRobin,
  type RoutingCandidate,
} from "./choose.js";
import { matchesConditions, validateConditions } from "./conditions.js";
import { isWithinWorkingHours, validateWorkingHours } from "./eligibility.js";

const rep = (userId: string, extra: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  userId,
  available: true,
  working: true,
  assignedToday: 0,
  capacity: null,
  openLeads: 0,
  seniority: "MID",
  ...extra,
});

describe("round robin", () => {
  it("gives every rep every n-th turn, in id order, whatever order they come in", () => {
    const reps = [rep("c"), rep("a"), rep("b")];
    const picks = Array.from({ length: 9 }, (_, turn) => pickRoundRobin(reps, turn)!.userId);
    expect(picks).toEqual(["a", "b", "c", "a", "b", "c", "a", "b", "c"]);
  });

  it("skips the unavailable, those out of hours (when asked) and those at capacity", () => {
    const reps = [
      rep("a", { available: false }),
      rep("b", { working: false }),
      rep("c", { assignedToday: 5, capacity: 5 }),
      rep("d", { assignedToday: 4, capacity: 5 }),
    ];
    expect(eligibleCandidates(reps, true).map((r) => r.userId)).toEqual(["d"]);
    expect(eligibleCandidates(reps, false).map((r) => r.userId)).toEqual(["b", "d"]);
    expect(pickRoundRobin([], 3)).toBeNull();
  });
});

describe("least loaded", () => {
  it("picks the most room left today, then the fewest open leads", () => {
    const reps = [
      rep("a", { assignedToday: 8, capacity: 10 }),
      rep("b", { assignedToday: 2, capacity: 5 }),
      rep("c", { assignedToday: 1, capacity: 6, openLeads: 9 }),
    ];
    expect(pickLeastLoaded(reps)!.userId).toBe("c");
    expect(pickLeastLoaded([rep("x", { openLeads: 3 }), rep("y", { openLeads: 1 })])!.userId).toBe("y");
  });
});

describe("score band", () => {
  const team = [rep("junior", { seniority: "JUNIOR" }), rep("mid"), rep("senior", { seniority: "SENIOR" })];
  it("sends A to seniors, B to seniors and mids, others to anyone", () => {
    expect(pickByScoreBand(team, "A", 0)!.userId).toBe("senior");
    expect(pickByScoreBand(team, "A", 1)!.userId).toBe("senior");
    expect(new Set([0, 1].map((turn) => pickByScoreBand(team, "B", turn)!.userId))).toEqual(
      new Set(["mid", "senior"]),
    );
    expect(pickByScoreBand(team, "D", 0)!.userId).toBe("junior");
  });
  it("falls back to anyone eligible when nobody in the band is", () => {
    expect(pickByScoreBand([rep("junior", { seniority: "JUNIOR" })], "A", 0)!.userId).toBe("junior");
  });
});

describe("conditions", () => {
  const now = { now: new Date("2026-01-01T00:00:00Z") };
  const lead = { createdAt: "2026-01-01T00:00:00Z", country: " de ", employees: 250 };
  it("match all or any, in the scoring rules' vocabulary", () => {
    const conditions = [
      { field: "country", operator: "IN" as const, value: ["DE", "AT"] },
      { field: "employees", operator: "GREATER_THAN" as const, value: 500 },
    ];
    expect(matchesConditions(conditions, "ALL", lead, now)).toBe(false);
    expect(matchesConditions(conditions, "ANY", lead, now)).toBe(true);
    expect(matchesConditions([], "ALL", lead, now)).toBe(true);
  });
  it("are refused when they could never match, naming the condition", () => {
    expect(validateConditions([{ field: "employees", operator: "GREATER_THAN", value: "many" }])).toEqual([
      { field: "conditions.0.value", message: expect.any(String) },
    ]);
  });
});

describe("working hours", () => {
  const hours = { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };
  it("are read in the rep's time zone", () => {
    // Monday 2026-01-05 08:30 UTC is 09:30 in Berlin and 03:30 in New York.
    const now = new Date("2026-01-05T08:30:00Z");
    expect(isWithinWorkingHours(hours, "Europe/Berlin", now)).toBe(true);
    expect(isWithinWorkingHours(hours, "America/New_York", now)).toBe(false);
    // Saturday.
    expect(isWithinWorkingHours(hours, "Europe/Berlin", new Date("2026-01-10T10:00:00Z"))).toBe(false);
  });
  it("end on the minute they end, asked again and again around it (the local time is kept per minute)", () => {
    // Berlin is UTC+1 in January: its 17:00 is 16:00 UTC.
    const at = (time: string) =>
      isWithinWorkingHours(hours, "Europe/Berlin", new Date(`2026-01-05T${time}Z`));
    expect([at("15:59:00"), at("15:59:59.999"), at("16:00:00"), at("15:59:30")]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(isWithinWorkingHours(hours, "Asia/Kolkata", new Date("2026-01-05T11:29:00Z"))).toBe(true); // 16:59
    expect(isWithinWorkingHours(hours, "Asia/Kolkata", new Date("2026-01-05T11:30:00Z"))).toBe(false); // 17:00
  });
  it("are validated field by field", () => {
    expect(validateWorkingHours({ days: [0], start: "9", end: "08:00" }).map((e) => e.field)).toEqual([
      "workingHours.days",
      "workingHours.start",
    ]);
    expect(validateWorkingHours({ days: [1], start: "10:00", end: "09:00" })[0]!.field).toBe(
      "workingHours.end",
    );
  });
});
