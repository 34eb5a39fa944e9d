import type { FieldError } from "../lead-validation.js";
import type { Grade, GradeThresholds } from "../grades.js";

/** What kind of signal a rule reads; caps apply per category. */
export const ScoringCategory = {
  DEMOGRAPHIC: "DEMOGRAPHIC",
  FIRMOGRAPHIC: "FIRMOGRAPHIC",
  BEHAVIORAL: "BEHAVIORAL",
  ENGAGEMENT: "ENGAGEMENT",
  CUSTOM: "CUSTOM",
} as const;
export type ScoringCategory = (typeof ScoringCategory)[keyof typeof ScoringCategory];

/** How a rule compares the lead's field with its value. See `matchesOperator` for the exact semantics. */
export const ScoringOperator = {
  EQUALS: "EQUALS",
  NOT_EQUALS: "NOT_EQUALS",
  CONTAINS: "CONTAINS",
  NOT_CONTAINS: "NOT_CONTAINS",
  STARTS_WITH: "STARTS_WITH",
  GREATER_THAN: "GREATER_THAN",
  LESS_THAN: "LESS_THAN",
  BETWEEN: "BETWEEN",
  IN: "IN",
  NOT_IN: "NOT_IN",
  IS_EMPTY: "IS_EMPTY",
  IS_NOT_EMPTY: "IS_NOT_EMPTY",
} as const;
export type ScoringOperator = (typeof ScoringOperator)[keyof typeof ScoringOperator];

/** The type of a scorable field: it decides which operators and values a rule on it may use. */
export const ScoringFieldType = {
  STRING: "STRING",
  NUMBER: "NUMBER",
  BOOLEAN: "BOOLEAN",
  DATE: "DATE",
  STRING_LIST: "STRING_LIST",
} as const;
export type ScoringFieldType = (typeof ScoringFieldType)[keyof typeof ScoringFieldType];

/** A rule's value: a scalar, a list (IN, NOT_IN, CONTAINS any of), `[min, max]` (BETWEEN) or null (IS_EMPTY). */
export type ScoringValue = string | number | boolean | null | (string | number)[];

export interface ScoringRuleDefinition {
  id: string;
  name: string;
  description?: string | null;
  category: ScoringCategory;
  /** A `SCORING_FIELDS` name or `customFields.<key>`. */
  field: string;
  operator: ScoringOperator;
  value: ScoringValue;
  /** Whole points from -100 to 100; negative points subtract. */
  points: number;
  /** Higher first: orders the breakdown and picks the winner of an exclusive group. */
  priority: number;
  active: boolean;
  /**
   * Rules sharing a group are alternatives (tiers): only the highest-priority matching rule of the group
   * counts, so a "Director" scores the director tier alone, not director + manager + any title.
   */
  exclusiveGroup?: string | null;
}

export interface ScoringOptions {
  /** Most points a category may add; its negative total is never capped. */
  categoryCaps?: Partial<Record<ScoringCategory, number>>;
  gradeThresholds?: GradeThresholds;
  /**
   * Score aging: points taken off for each whole week without activity (the latest of the lead's last
   * activity, last engagement and creation). 0 or absent: no decay.
   */
  decayPointsPerWeek?: number;
}

/** The id of the breakdown entry that records decay (it is not a rule). */
export const DECAY_ENTRY_ID = "decay";

/** A lead's value as shown in a breakdown: dates as ISO strings, so the breakdown stores as JSON. */
export type MatchedValue = string | number | boolean | string[] | null;

export interface ScoreBreakdownEntry {
  ruleId: string;
  name: string;
  category: ScoringCategory;
  /** Points this rule added, after its category's cap. */
  points: number;
  /** The rule's own points, before any cap. */
  rulePoints: number;
  field: string;
  operator: ScoringOperator;
  /** The lead's value that matched. */
  matchedValue: MatchedValue;
}

export interface CategoryTotal {
  /** After the cap. */
  points: number;
  /** Before the cap. */
  rawPoints: number;
  cap: number | null;
  capped: boolean;
}

export interface ScoreResult {
  /** 0-100, whole. */
  score: number;
  /** Sum of the matched rules' points before caps and clamping. */
  rawScore: number;
  grade: Grade;
  /** Counted rules, highest priority first, then by name; then the decay entry, if any. */
  breakdown: ScoreBreakdownEntry[];
  categoryTotals: Record<ScoringCategory, CategoryTotal>;
  /** Points lost to inactivity (see `ScoringOptions.decayPointsPerWeek`), applied after caps; null when none. */
  decay: { weeks: number; points: number } | null;
  /** Active rules that fail `validateScoringRule` and were skipped, so a broken rule is visible, not silent. */
  invalidRules: { ruleId: string; name: string; errors: FieldError[] }[];
}
