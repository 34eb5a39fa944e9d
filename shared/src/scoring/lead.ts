import type { LeadTextFields } from "../lead-fields.js";

/** A number, or text holding one: Postgres numeric columns and form posts arrive as text. */
type NumberLike = number | string | null;
type DateLike = Date | string | null;

/** The lead as the evaluator reads it: entity rows, API payloads and form state all fit. */
export interface ScorableLead extends LeadTextFields {
  employees?: NumberLike;
  annualRevenue?: NumberLike;
  status?: string | null;
  tags?: readonly string[] | null;
  emailOpens?: NumberLike;
  emailClicks?: NumberLike;
  websiteVisits?: NumberLike;
  formSubmissions?: NumberLike;
  lastEngagementAt?: DateLike;
  doNotCall?: boolean | null;
  doNotEmail?: boolean | null;
  preferredContactMethod?: string | null;
  customFields?: Record<string, unknown> | null;
  createdAt: Date | string;
  lastActivityAt?: DateLike;
  /** An absent (unknown) count never matches a numeric rule: pass 0 for a lead without activity. */
  activitiesCount?: NumberLike;
}

/** The clock is passed in, never read: tests and previews decide what "now" is. */
export interface ScoringContext {
  now: Date;
}
