import type { RoutingStrategy } from "@leadline/shared";

/** Each strategy in a few words (a Record, so a new strategy won't compile until described). */
export const STRATEGY_TEXT: Readonly<Record<RoutingStrategy, { label: string; help: string }>> = {
  ROUND_ROBIN: { label: "Round robin", help: "Team members take turns, skipping absent or full reps." },
  LEAST_LOADED: { label: "Least loaded", help: "The team member with the most room today." },
  SCORE_BAND: { label: "Score band", help: "Grade A leads go to the team's senior reps." },
  TERRITORY: {
    label: "Territory",
    help: "The first territory the lead fits decides: its rep, or its team. The team here takes the rest.",
  },
  SPECIFIC_USER: { label: "Specific rep", help: "Always the same rep." },
};
