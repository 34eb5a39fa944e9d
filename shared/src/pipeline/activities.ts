/** Everything that can happen to a lead, as its timeline shows it. */
export const ActivityType = {
  CALL: "CALL",
  EMAIL: "EMAIL",
  MEETING: "MEETING",
  NOTE: "NOTE",
  SMS: "SMS",
  TASK: "TASK",
  STATUS_CHANGE: "STATUS_CHANGE",
  ASSIGNMENT_CHANGE: "ASSIGNMENT_CHANGE",
  SCORE_CHANGE: "SCORE_CHANGE",
  FIELD_UPDATE: "FIELD_UPDATE",
  FORM_SUBMITTED: "FORM_SUBMITTED",
  EMAIL_OPENED: "EMAIL_OPENED",
  EMAIL_CLICKED: "EMAIL_CLICKED",
  WEBSITE_VISIT: "WEBSITE_VISIT",
} as const;
export type ActivityType = (typeof ActivityType)[keyof typeof ActivityType];

/** Written by Leadline itself when something changes; nobody logs these by hand. */
export const SYSTEM_ACTIVITY_TYPES: readonly ActivityType[] = [
  "STATUS_CHANGE",
  "ASSIGNMENT_CHANGE",
  "SCORE_CHANGE",
  "FIELD_UPDATE",
];

/** The lead's own engagement, and the counter on the lead each one increments. */
export const ENGAGEMENT_COUNTERS = {
  EMAIL_OPENED: "emailOpens",
  EMAIL_CLICKED: "emailClicks",
  WEBSITE_VISIT: "websiteVisits",
  FORM_SUBMITTED: "formSubmissions",
} as const satisfies Partial<Record<ActivityType, string>>;
export type EngagementType = keyof typeof ENGAGEMENT_COUNTERS;

/** A rep reaching out: logging one of these is the lead's first contact for the SLA. */
export const OUTBOUND_ACTIVITY_TYPES: readonly ActivityType[] = ["CALL", "EMAIL", "MEETING", "SMS"];

export const isSystemActivity = (type: ActivityType): boolean => SYSTEM_ACTIVITY_TYPES.includes(type);
export const isEngagementActivity = (type: ActivityType): type is EngagementType =>
  Object.hasOwn(ENGAGEMENT_COUNTERS, type);

/** A lead untouched (no activity by a person or the lead) this long earns a warning, then an alert. */
export const STALE_WARNING_DAYS = 30;
export const STALE_ALERT_DAYS = 60;

export const Staleness = { FRESH: "FRESH", WARNING: "WARNING", ALERT: "ALERT" } as const;
export type Staleness = (typeof Staleness)[keyof typeof Staleness];

export function stalenessForDays(days: number): Staleness {
  if (days >= STALE_ALERT_DAYS) return Staleness.ALERT;
  if (days >= STALE_WARNING_DAYS) return Staleness.WARNING;
  return Staleness.FRESH;
}

export const ACTIVITY_TEXT_LIMITS = { subject: 200, body: 10_000, outcome: 200 } as const;
export const MAX_ACTIVITY_DURATION_SECONDS = 86_400;
export const MAX_ACTIVITY_METADATA_BYTES = 8_192;
