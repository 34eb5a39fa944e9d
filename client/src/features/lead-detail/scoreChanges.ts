import type { ScoreChangeReason, ScoreHistory_LeadFragment } from "../../api/gql/graphql";

/** One record of a lead's score history. */
export type ScoreChange = ScoreHistory_LeadFragment["scoreHistory"]["edges"][number]["node"];

/** Why a score changed, in words (a Record, so a new reason won't compile until added). */
export const SCORE_CHANGE_REASONS: Readonly<Record<ScoreChangeReason, string>> = {
  CREATED: "Lead created",
  UPDATED: "Lead updated",
  RULES_CHANGED: "Rules changed",
  SETTINGS_CHANGED: "Scoring settings changed",
  RESCORED: "Rescored on request",
  DECAY: "No recent activity",
  OVERRIDE: "Set by hand",
  ACTIVITY: "Activity logged",
  MERGED: "Duplicates merged in",
};

/** Points with their sign: "+15", "-5", "0". */
export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

const shortDateTime = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

/** When a change happened, short: "Nov 21, 12:36 PM". */
export function formatShortDateTime(time: string | number): string {
  return shortDateTime.format(new Date(time));
}
