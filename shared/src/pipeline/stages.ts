import { LeadStatus } from "../enums.js";

/** What reaching a stage means: still being worked, won (converted) or lost. */
export const StageCategory = { OPEN: "OPEN", WON: "WON", LOST: "LOST" } as const;
export type StageCategory = (typeof StageCategory)[keyof typeof StageCategory];

export interface StageDefinition {
  name: string;
  color: string;
  category: StageCategory;
  /** The lead status a lead in this stage has: the two always agree. */
  status: LeadStatus;
}

/** Every new organisation starts with these, in this order. */
export const DEFAULT_PIPELINE_STAGES: readonly StageDefinition[] = [
  { name: "New", color: "#64748b", category: "OPEN", status: "NEW" },
  { name: "Contacted", color: "#0ea5e9", category: "OPEN", status: "CONTACTED" },
  { name: "Qualified", color: "#8b5cf6", category: "OPEN", status: "QUALIFIED" },
  { name: "Converted", color: "#16a34a", category: "WON", status: "CONVERTED" },
  { name: "Lost", color: "#dc2626", category: "LOST", status: "LOST" },
];

/** The category a stage mapped to `status` must have (a LOST stage is always status LOST, and so on). */
export function categoryOfStatus(status: LeadStatus): StageCategory {
  if (status === LeadStatus.CONVERTED) return StageCategory.WON;
  if (status === LeadStatus.LOST) return StageCategory.LOST;
  return StageCategory.OPEN;
}

/** Why a lead was lost: a fixed list, so that the reasons can be counted. OTHER needs words. */
export const LostReason = {
  NO_BUDGET: "NO_BUDGET",
  NO_AUTHORITY: "NO_AUTHORITY",
  NO_NEED: "NO_NEED",
  BAD_TIMING: "BAD_TIMING",
  UNRESPONSIVE: "UNRESPONSIVE",
  COMPETITOR_CHOSEN: "COMPETITOR_CHOSEN",
  OTHER: "OTHER",
} as const;
export type LostReason = (typeof LostReason)[keyof typeof LostReason];

export const LOST_REASON_LABELS: Record<LostReason, string> = {
  NO_BUDGET: "No budget",
  NO_AUTHORITY: "No authority",
  NO_NEED: "No need",
  BAD_TIMING: "Bad timing",
  UNRESPONSIVE: "Unresponsive",
  COMPETITOR_CHOSEN: "Competitor chosen",
  OTHER: "Other",
};

/**
 * Reads a free-text reason (as `updateLead` takes it): a code or a label from the list, ignoring case,
 * is that reason; any other text is OTHER with that text.
 */
export function parseLostReason(text: string): { reason: LostReason; detail: string | null } {
  const wanted = text.trim().toLowerCase();
  for (const [code, label] of Object.entries(LOST_REASON_LABELS) as [LostReason, string][])
    if (code !== LostReason.OTHER && (code.toLowerCase() === wanted || label.toLowerCase() === wanted))
      return { reason: code, detail: null };
  return { reason: LostReason.OTHER, detail: text.trim() };
}

/** The text stored as the lead's `lostReason`: the label, or the words given for OTHER. */
export function lostReasonText(reason: LostReason, detail: string | null | undefined): string {
  return reason === LostReason.OTHER ? (detail ?? "").trim() : LOST_REASON_LABELS[reason];
}

export interface StageLike {
  id: string;
  category: StageCategory;
  status: LeadStatus;
  retired: boolean;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a lead may move from `from` to `to` (the board greys out the columns it may not enter):
 * open stages move anywhere, forward or back, to another open stage or to lost; only a lead in a
 * QUALIFIED stage converts (won); a lost lead may be reopened into an open stage; won is final.
 */
export function checkTransition(from: StageLike | null, to: StageLike): TransitionCheck {
  if (to.retired) return { ok: false, reason: "is a retired stage" };
  if (from?.id === to.id) return { ok: false, reason: "is the stage the lead is already in" };
  if (!from) return { ok: true };
  if (from.category === StageCategory.WON)
    return { ok: false, reason: "cannot be entered: a converted lead stays converted" };
  if (
    to.category === StageCategory.WON &&
    (from.category !== StageCategory.OPEN || from.status !== LeadStatus.QUALIFIED)
  )
    return { ok: false, reason: "can only be reached from a qualified stage" };
  if (from.category === StageCategory.LOST && to.category === StageCategory.LOST)
    return { ok: false, reason: "cannot be entered from another lost stage" };
  return { ok: true };
}

/** How many whole days lie between `since` and `now` (0 on the day itself, never negative). */
export function wholeDaysBetween(since: Date | string, now: Date): number {
  const ms = now.getTime() - new Date(since).getTime();
  return Math.max(0, Math.floor(ms / 86_400_000));
}
