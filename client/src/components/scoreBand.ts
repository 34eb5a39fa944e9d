export interface ScoreBand {
  readonly label: "High" | "Medium" | "Low";
  /** Lowest score in the band. */
  readonly min: number;
  /** The band's colour (a fill or stroke). */
  readonly color: string;
  /** Text on top of `color`. */
  readonly contrastText: string;
}

// Traffic-light colours from Dynamics' Fluent palette.
const LOW: ScoreBand = { label: "Low", min: 0, color: "#d13438", contrastText: "#ffffff" };
const MEDIUM: ScoreBand = { label: "Medium", min: 50, color: "#eaa300", contrastText: "#242424" };
const HIGH: ScoreBand = { label: "High", min: 75, color: "#107c10", contrastText: "#ffffff" };

/** Every band, lowest first (a band ends where the next begins, the last at 100). */
export const SCORE_BANDS: readonly ScoreBand[] = [LOW, MEDIUM, HIGH];

/** How hot a 0-100 score is: green 75-100, yellow 50-74, red 0-49. */
export function scoreBand(score: number): ScoreBand {
  if (score >= HIGH.min) return HIGH;
  if (score >= MEDIUM.min) return MEDIUM;
  return LOW;
}
