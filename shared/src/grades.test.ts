import { describe, expect, it } from "vitest";
import { clampScore, gradeForScore } from "./grades.js";

describe("grades", () => {
  it("maps score bands to grades at their boundaries", () => {
    expect([100, 80, 79, 60, 59, 40, 39, 0].map((score) => gradeForScore(score))).toEqual([
      "A",
      "A",
      "B",
      "B",
      "C",
      "C",
      "D",
      "D",
    ]);
  });

  it("honours custom thresholds", () => {
    expect(gradeForScore(70, { A: 70, B: 50, C: 30 })).toBe("A");
  });

  it("clamps scores to 0-100", () => {
    expect([clampScore(-5), clampScore(42.6), clampScore(180)]).toEqual([0, 43, 100]);
  });
});
