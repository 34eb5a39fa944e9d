import type { ScoreDistribution } from "./scoring-analysis.types.js";

/** Score buckets of 20 points; the last one takes 100 too. */
export const SCORE_BUCKETS = [0, 20, 40, 60, 80].map((from) => ({ from, to: from === 80 ? 100 : from + 19 }));

/** Adds up scores and grades into a ScoreDistribution (from SQL group counts or one lead at a time). */
export class DistributionTally {
  total = 0;
  private sum = 0;
  private readonly buckets = SCORE_BUCKETS.map(() => 0);
  private readonly grades = new Map<string, number>();

  add(score: number, grade: string | null, count: number): void {
    this.total += count;
    this.sum += score * count;
    const bucket = Math.min(Math.floor(score / 20), SCORE_BUCKETS.length - 1);
    this.buckets[bucket]! += count;
    if (grade) this.grades.set(grade, (this.grades.get(grade) ?? 0) + count);
  }

  result(): ScoreDistribution {
    return {
      total: this.total,
      average: this.total === 0 ? null : Math.round((this.sum / this.total) * 10) / 10,
      buckets: SCORE_BUCKETS.map((bucket, i) => ({ ...bucket, count: this.buckets[i]! })),
      grades: ["A", "B", "C", "D"].map((grade) => ({ grade, count: this.grades.get(grade) ?? 0 })),
    };
  }
}
