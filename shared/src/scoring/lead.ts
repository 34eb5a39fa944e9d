/** A number, or text holding one: Postgres numeric columns and form posts arrive as text. */
type NumberLike = number | string | null;
type DateLike = Date | string | null;

/** The lead as the evaluator reads it: entity rows, API payloads and form state all fit. */
export interface ScorableLead {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  company?: string | null;
  industry?: string | null;
  companySize?: string | null;
  employees?: NumberLike;
  annualRevenue?: NumberLike;
  website?: string | null;
  street?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
  source?: string | null;
  campaign?: string | null;
  utmSource?: string | null;
  utmMedium?: string | null;
  utmCampaign?: string | null;
  utmTerm?: string | null;
  utmContent?: string | null;
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
