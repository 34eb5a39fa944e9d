import type { Grade } from "../grades.js";

/** A rep as routing weighs them. */
export interface RoutingCandidate {
  userId: string;
  /** Taking leads at all (not on leave, not deactivated). */
  available: boolean;
  /** Inside working hours now (only checked when the rule asks). */
  working: boolean;
  /** Leads assigned to the rep today, and the most the rep takes per day (null: no limit). */
  assignedToday: number;
  capacity: number | null;
  /** Open leads the rep owns: LEAST_LOADED's tie-break. */
  openLeads: number;
  seniority: Seniority;
}

export const Seniority = { JUNIOR: "JUNIOR", MID: "MID", SENIOR: "SENIOR" } as const;
export type Seniority = (typeof Seniority)[keyof typeof Seniority];

export const RoutingStrategy = {
  ROUND_ROBIN: "ROUND_ROBIN",
  LEAST_LOADED: "LEAST_LOADED",
  TERRITORY: "TERRITORY",
  SPECIFIC_USER: "SPECIFIC_USER",
  SCORE_BAND: "SCORE_BAND",
} as const;
export type RoutingStrategy = (typeof RoutingStrategy)[keyof typeof RoutingStrategy];

/** Reps who may take a lead now: available, within hours when required, and below their daily capacity. */
export function eligibleCandidates(
  candidates: readonly RoutingCandidate[],
  respectWorkingHours: boolean,
): RoutingCandidate[] {
  return candidates.filter(
    (rep) =>
      rep.available &&
      (!respectWorkingHours || rep.working) &&
      (rep.capacity === null || rep.assignedToday < rep.capacity),
  );
}

/**
 * Round robin: the rep at `turn` (a counter that only grows, one step per routed lead) among the eligible
 * reps in a stable order (by id). With a fixed team every rep gets every n-th lead, so counts never differ
 * by more than one; an ineligible rep is simply skipped.
 */
export function pickRoundRobin(eligible: readonly RoutingCandidate[], turn: number): RoutingCandidate | null {
  if (eligible.length === 0) return null;
  const ordered = [...eligible].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  return ordered[((turn % ordered.length) + ordered.length) % ordered.length]!;
}

/** Least loaded: the most room left today (capacity - assigned today; no limit counts as most), then fewest open leads. */
export function pickLeastLoaded(eligible: readonly RoutingCandidate[]): RoutingCandidate | null {
  const room = (rep: RoutingCandidate) =>
    rep.capacity === null ? Number.POSITIVE_INFINITY : rep.capacity - rep.assignedToday;
  return (
    [...eligible].sort(
      (a, b) =>
        room(b) - room(a) ||
        a.openLeads - b.openLeads ||
        a.assignedToday - b.assignedToday ||
        (a.userId < b.userId ? -1 : 1),
    )[0] ?? null
  );
}

/**
 * Score band: grade A goes to senior reps, B to senior and mid, C and D to anyone; within the band, round
 * robin. With nobody eligible in the band, anyone eligible takes it (a hot lead must not wait).
 */
export function pickByScoreBand(
  eligible: readonly RoutingCandidate[],
  grade: Grade | null,
  turn: number,
): RoutingCandidate | null {
  const allowed: Seniority[] =
    grade === "A" ? ["SENIOR"] : grade === "B" ? ["SENIOR", "MID"] : ["SENIOR", "MID", "JUNIOR"];
  const band = eligible.filter((rep) => allowed.includes(rep.seniority));
  return pickRoundRobin(band.length > 0 ? band : eligible, turn);
}
