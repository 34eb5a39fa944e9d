/** A lead grade: A is the hottest. */
export type Grade = "A" | "B" | "C" | "D";

/** Lowest score of grades A, B and C; anything below C's minimum is D. */
export interface GradeThresholds {
  A: number;
  B: number;
  C: number;
}

export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { A: 80, B: 60, C: 40 };

/** Clamps a raw score to the 0-100 range every lead score lives in. */
export function clampScore(score: number): number {
  return Math.max(0, Math.min(100, Math.round(score)));
}

/** The grade for a 0-100 score: A (80+), B (60-79), C (40-59), D (<40) by default. */
export function gradeForScore(score: number, thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS): Grade {
  if (score >= thresholds.A) return "A";
  if (score >= thresholds.B) return "B";
  if (score >= thresholds.C) return "C";
  return "D";
}
