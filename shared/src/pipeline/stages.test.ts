import { describe, expect, it } from "vitest";
import { stalenessForDays } from "./activities.js";
import {
  checkTransition,
  DEFAULT_PIPELINE_STAGES,
  lostReasonText,
  parseLostReason,
  wholeDaysBetween,
  type StageLike,
} from "./stages.js";

const stages: Record<string, StageLike> = Object.fromEntries(
  DEFAULT_PIPELINE_STAGES.map((stage) => [
    stage.name,
    { id: stage.name, category: stage.category, status: stage.status, retired: false },
  ]),
);
const { New, Contacted, Qualified, Converted, Lost } = stages as Record<string, StageLike>;
const allowed = (from: StageLike | null, to: StageLike) => checkTransition(from, to).ok;

describe("checkTransition", () => {
  it("lets open leads move anywhere open, forward or back, and be lost", () => {
    expect(allowed(New!, Contacted!)).toBe(true);
    expect(allowed(New!, Qualified!)).toBe(true);
    expect(allowed(Qualified!, New!)).toBe(true);
    expect(allowed(Contacted!, Lost!)).toBe(true);
  });

  it("converts only qualified leads, and keeps converted ones converted", () => {
    expect(allowed(Contacted!, Converted!)).toBe(false);
    expect(allowed(Qualified!, Converted!)).toBe(true);
    expect(allowed(Converted!, New!)).toBe(false);
    expect(allowed(Converted!, Lost!)).toBe(false);
  });

  it("reopens lost leads into open stages only, and refuses the same or a retired stage", () => {
    expect(allowed(Lost!, Contacted!)).toBe(true);
    expect(allowed(Lost!, Converted!)).toBe(false);
    expect(allowed(New!, New!)).toBe(false);
    expect(allowed(New!, { ...Contacted!, retired: true })).toBe(false);
    expect(allowed(null, New!)).toBe(true);
  });
});

describe("lost reasons", () => {
  it("reads codes and labels from the list, and anything else as OTHER with its words", () => {
    expect(parseLostReason("No budget")).toEqual({ reason: "NO_BUDGET", detail: null });
    expect(parseLostReason(" competitor_chosen ")).toEqual({ reason: "COMPETITOR_CHOSEN", detail: null });
    expect(parseLostReason("Other")).toEqual({ reason: "OTHER", detail: "Other" });
    expect(parseLostReason("Went with a spreadsheet")).toEqual({
      reason: "OTHER",
      detail: "Went with a spreadsheet",
    });
    expect(lostReasonText("BAD_TIMING", "ignored")).toBe("Bad timing");
    expect(lostReasonText("OTHER", " Merged ")).toBe("Merged");
  });
});

describe("time", () => {
  it("counts whole days, never negative", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    expect(wholeDaysBetween("2026-03-10T00:00:00Z", now)).toBe(0);
    expect(wholeDaysBetween("2026-03-08T12:00:00Z", now)).toBe(2);
    expect(wholeDaysBetween("2026-03-08T12:00:01Z", now)).toBe(1);
    expect(wholeDaysBetween("2026-03-12T00:00:00Z", now)).toBe(0);
  });

  it("warns at 30 days without activity and alerts at 60", () => {
    expect([0, 29, 30, 59, 60, 400].map(stalenessForDays)).toEqual([
      "FRESH",
      "FRESH",
      "WARNING",
      "WARNING",
      "ALERT",
      "ALERT",
    ]);
  });
});
