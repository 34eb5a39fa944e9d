/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What happened on a lead's timeline. STATUS_CHANGE, ASSIGNMENT_CHANGE, SCORE_CHANGE and FIELD_UPDATE are written by Leadline only. */
export type ActivityType =
  /** The lead changed owner (written by Leadline). */
  | 'ASSIGNMENT_CHANGE'
  /** A phone call; counts as first contact. */
  | 'CALL'
  /** An email sent to the lead; counts as first contact. */
  | 'EMAIL'
  /** The lead clicked a link in an email; adds to emailClicks. */
  | 'EMAIL_CLICKED'
  /** The lead opened an email; adds to emailOpens. */
  | 'EMAIL_OPENED'
  /** Lead fields were edited; metadata lists them (written by Leadline). */
  | 'FIELD_UPDATE'
  /** The lead submitted a form; adds to formSubmissions. */
  | 'FORM_SUBMITTED'
  /** A meeting, possibly booked ahead; counts as first contact. */
  | 'MEETING'
  /** A note about the lead. */
  | 'NOTE'
  /** Reserved for Leadline (a system type): a score change; the full record is Lead.scoreHistory. */
  | 'SCORE_CHANGE'
  /** A text message; counts as first contact. */
  | 'SMS'
  /** The lead moved to another stage or status (written by Leadline). */
  | 'STATUS_CHANGE'
  /** A completed task that was not a call or an email. */
  | 'TASK'
  /** The lead visited the website; adds to websiteVisits. */
  | 'WEBSITE_VISIT';

/** Give a lead to a rep by hand (MANAGER and above), with the reason. */
export type AssignLeadInput = {
  /** The lead to assign. */
  leadId: string;
  /** Why, 1 to 1,000 characters; kept in the assignment history. */
  reason: string;
  /** The new owner: an active user of the organisation. */
  userId: string;
};

/** How a lead came to its owner. */
export type AssignmentType =
  /** A ROUND_ROBIN rule decided. */
  | 'AUTO_ROUND_ROBIN'
  /** A SCORE_BAND rule decided. */
  | 'AUTO_SCORE'
  /** A SPECIFIC_USER rule decided. */
  | 'AUTO_SPECIFIC'
  /** A TERRITORY rule decided. */
  | 'AUTO_TERRITORY'
  /** A LEAST_LOADED rule decided. */
  | 'AUTO_WORKLOAD'
  /** A rep took the lead from a queue (claimLead). */
  | 'CLAIM'
  /** The first-contact deadline was missed and the lead was routed to another rep. */
  | 'ESCALATION'
  /** A manager gave the lead to a rep (assignLead, bulkAssignLeads, updateLead). */
  | 'MANUAL';

/** DRAFT and ACTIVE campaigns accept captured leads; PAUSED, COMPLETED and ARCHIVED ones refuse them. ARCHIVED stands in for deleting a campaign that has leads: it keeps its leads and reports, and takes no new forms or webhook sources. */
export type CampaignStatus =
  /** Running; accepts captures. */
  | 'ACTIVE'
  /** Put away: captures are refused and no forms or webhook sources can be added, but its leads stay linked and its analytics keep working. */
  | 'ARCHIVED'
  /** Over; captures are refused. */
  | 'COMPLETED'
  /** Being prepared; accepts captures so its forms can be tried out. */
  | 'DRAFT'
  /** On hold; captures are refused. */
  | 'PAUSED';

/** The channel a campaign runs on. */
export type CampaignType =
  /** Email campaigns and newsletters. */
  | 'EMAIL'
  /** Trade shows, webinars, meetups. */
  | 'EVENT'
  /** Anything else. */
  | 'OTHER'
  /** Search ads (Google Ads, Bing). */
  | 'PAID_SEARCH'
  /** Partners and customer referrals. */
  | 'REFERRAL'
  /** Social networks (LinkedIn, Meta, ...). */
  | 'SOCIAL'
  /** The organisation's own website. */
  | 'WEB';

/** How a lead came in. */
export type CaptureChannel =
  /** POST /v1/api/leads with the campaign's X-Campaign-Token. */
  | 'API'
  /** A Leadline lead form (POST /v1/forms/{id}/submit). */
  | 'FORM'
  /** A vendor posting to a webhook source (/v1/webhooks/{key}). */
  | 'WEBHOOK';

/** What happened to a capture. */
export type CaptureOutcome =
  /** A new lead was created. */
  | 'ACCEPTED'
  /** Dropped quietly as spam (honeypot filled, submitted too fast); the sender saw a success. */
  | 'DROPPED'
  /** The same email for the same campaign within 24 hours: the existing lead's engagement went up. */
  | 'DUPLICATE'
  /** A vendor notification with ids only (Meta, LinkedIn): the fields must be fetched from the vendor. */
  | 'PENDING'
  /** Refused with an error; `reason` says which. */
  | 'REJECTED';

/** Take an unassigned lead from your team's queue. */
export type ClaimLeadInput = {
  /** An unassigned lead; one in a team queue only for that team's members (or managers). */
  leadId: string;
};

/** Which lead field one column of the file fills. */
export type ColumnMappingInput = {
  /** The column's header (shown in messages). */
  header: string;
  /** 0-based position of the column. */
  index: number;
  /** A lead field (`email`, `externalId`, ...), `custom.<key>` for a custom field, or `ignore`. */
  target: string;
  /** For custom fields: how to read the text (default TEXT). */
  type?: CustomFieldType | null | undefined;
};

/** Marks a task done; a CALL or EMAIL task on a lead logs that activity. */
export type CompleteTaskInput = {
  /** An open task of the viewer's (any task for MANAGER and above); BAD_USER_INPUT when it is not open. */
  id: string;
  /** Notes (the activity's body). */
  note?: string | null | undefined;
  /** How it went (the activity's outcome). */
  outcome?: string | null | undefined;
};

/** All conditions must hold, or any. */
export type ConditionMatch =
  /** Every condition must hold. */
  | 'ALL'
  /** At least one condition must hold. */
  | 'ANY';

/** Marketing consent as the lead gave it; the time of the change is recorded with it. */
export type ConsentInput = {
  /** Whether the lead agreed to marketing contact. */
  given: boolean;
  /** Where consent was captured. */
  source?: string | null | undefined;
};

/** How the lead prefers to be contacted. */
export type ContactMethod =
  /** Any way is fine. */
  | 'ANY'
  /** By email. */
  | 'EMAIL'
  /** By phone call. */
  | 'PHONE'
  /** By text message. */
  | 'SMS';

/** A new API key. */
export type CreateApiKeyInput = {
  /** When the key stops working; null: never. */
  expiresAt?: string | null | undefined;
  /** What the key is for, 1 to 200 characters. */
  name: string;
  /** What the key may do: at most your own role. */
  role: Role;
};

/** A new assignment rule. */
export type CreateAssignmentRuleInput = {
  /** Inactive rules are skipped; default true. */
  active?: boolean | null | undefined;
  /** Whether ALL conditions (the default) or ANY one must hold. */
  conditionMatch?: ConditionMatch | null | undefined;
  /** At most 20 conditions on the lead (the scoring rules' fields and operators), each checked like a scoring rule; none: every lead. */
  conditions?: Array<RoutingConditionInput> | null | undefined;
  /** Name shown in the rule list and in assignment reasons; 1 to 200 characters. */
  name: string;
  /** Higher first; default 0. */
  priority?: number | null | undefined;
  /** Skip reps outside their working hours (default false). */
  respectWorkingHours?: boolean | null | undefined;
  /** How the rule picks a rep among the eligible ones. */
  strategy: RoutingStrategy;
  /** The team whose members take the leads (all but SPECIFIC_USER; optional for TERRITORY, where it takes leads no territory matches). */
  teamId?: string | null | undefined;
  /** The rep of a SPECIFIC_USER rule. */
  userId?: string | null | undefined;
};

/** A new campaign; it gets a new public capture token. */
export type CreateCampaignInput = {
  /** Origins such as https://www.example.com. */
  allowedOrigins?: Array<string> | null | undefined;
  /** An active user of the organisation. */
  autoAssignToId?: string | null | undefined;
  /** Total budget in the organisation's currency, 0 to 1e12. */
  budget?: number | null | undefined;
  /** YYYY-MM-DD, not before startDate. */
  endDate?: string | null | undefined;
  /** The campaign's landing page; validated and stored as a normalised URL. */
  landingPageUrl?: string | null | undefined;
  /** Display name, 1-200 characters; captured leads carry it as their `campaign`. */
  name: string;
  /** Up to 20 addresses told about each new lead of the campaign. */
  notificationEmails?: Array<string> | null | undefined;
  /** YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** DRAFT (the default) and ACTIVE campaigns accept captured leads; PAUSED and COMPLETED refuse them. */
  status?: CampaignStatus | null | undefined;
  /** How many leads the campaign aims for, 0 to 100,000,000. */
  targetLeads?: number | null | undefined;
  /** The channel the campaign runs on (default WEB). */
  type?: CampaignType | null | undefined;
};

/** A new embeddable lead form for a campaign. */
export type CreateFormInput = {
  /** Origins (https://www.example.com) whose pages may post the form; a post carrying any other Origin header is refused, one without an Origin header is allowed. */
  allowedOrigins?: Array<string> | null | undefined;
  /** A campaign of the organisation. */
  campaignId: string;
  /** The inputs, in order: 1 to 20, no field twice. */
  fields: Array<FormFieldInput>;
  /** Default website_url. */
  honeypotField?: string | null | undefined;
  /** 0 to 60; default 3. */
  minFillSeconds?: number | null | undefined;
  /** Name shown in the form list, 1-200 characters. */
  name: string;
  /** An absolute http(s) URL. */
  thankYouUrl: string;
};

/** A new lead. It needs at least an email, a phone, a name or a company. */
export type CreateLeadInput = {
  /** Annual revenue in the organisation's currency, from 0 to 1e13. */
  annualRevenue?: number | null | undefined;
  /** Owner; a MEMBER may only name themselves. */
  assignedToId?: string | null | undefined;
  /** Campaign name (captured leads get their campaign's name); scoring and list filters read it. Trimmed; at most 200 characters. */
  campaign?: string | null | undefined;
  /** City. Trimmed; at most 100 characters. */
  city?: string | null | undefined;
  /** Company name. Trimmed; at most 200 characters. */
  company?: string | null | undefined;
  /** Company size band, free text such as 51-200. Trimmed; at most 50 characters. */
  companySize?: string | null | undefined;
  /** Marketing consent (GDPR/CASL evidence); on input, `at` is set to the time of the change. */
  consent?: ConsentInput | null | undefined;
  /** A two-letter code also sets how local phone numbers are read. */
  country?: string | null | undefined;
  /** Replaces the custom fields. */
  customFields?: Record<string, unknown> | null | undefined;
  /** Expected deal value. */
  dealValue?: number | null | undefined;
  /** The lead asked not to be phoned; default false. */
  doNotCall?: boolean | null | undefined;
  /** The lead asked not to be emailed; default false. */
  doNotEmail?: boolean | null | undefined;
  /** Email address: validated and stored lower-cased; an invalid one is BAD_USER_INPUT naming `email`. */
  email?: string | null | undefined;
  /** Number of employees: a whole number from 0 to 10,000,000. */
  employees?: number | null | undefined;
  /** Given name. Trimmed; at most 100 characters. */
  firstName?: string | null | undefined;
  /** Industry, free text (e.g. Software). Trimmed; at most 100 characters. */
  industry?: string | null | undefined;
  /** Job title; scoring rules read it (e.g. seniority tiers). Trimmed; at most 150 characters. */
  jobTitle?: string | null | undefined;
  /** Family name. Trimmed; at most 100 characters. */
  lastName?: string | null | undefined;
  /** Required with status LOST: a reason from the list (NO_BUDGET or "No budget", ...); any other text is recorded as OTHER with that text. */
  lostReason?: string | null | undefined;
  /** What to do when duplicates exist. Default CREATE, so that integrations written before the check keep working; the web app asks WARN first. */
  onDuplicate?: DuplicatePolicy | null | undefined;
  /** Any common notation; stored as E.164. */
  phone?: string | null | undefined;
  /** Postal or ZIP code. Trimmed; at most 20 characters. */
  postalCode?: string | null | undefined;
  /** How the lead prefers to be contacted; null when unknown. */
  preferredContactMethod?: ContactMethod | null | undefined;
  /** Channel the lead came from, e.g. paid_search, website, referral. Trimmed; at most 100 characters. */
  source?: string | null | undefined;
  /** State, province or region. Trimmed; at most 100 characters. */
  state?: string | null | undefined;
  /** Where the lead stands (new leads: NEW unless given). A change moves the lead to the first live pipeline stage of that status under moveLead's rules (e.g. only a QUALIFIED lead converts; BAD_USER_INPUT otherwise) and records it in the stage history; LOST needs lostReason. */
  status?: LeadStatus | null | undefined;
  /** Street address. Trimmed; at most 300 characters. */
  street?: string | null | undefined;
  /** Free labels; trimmed and de-duplicated, at most 50 tags of 50 characters each. On input the list replaces the lead's tags. */
  tags?: Array<string> | null | undefined;
  /** utm_campaign of the visit that brought the lead. Trimmed; at most 200 characters. */
  utmCampaign?: string | null | undefined;
  /** utm_content (ad or link variant) of the visit that brought the lead. Trimmed; at most 200 characters. */
  utmContent?: string | null | undefined;
  /** utm_medium of the visit that brought the lead. Trimmed; at most 200 characters. */
  utmMedium?: string | null | undefined;
  /** utm_source of the visit that brought the lead. Trimmed; at most 200 characters. */
  utmSource?: string | null | undefined;
  /** utm_term (paid keyword) of the visit that brought the lead. Trimmed; at most 200 characters. */
  utmTerm?: string | null | undefined;
  /** Company website; validated and stored as a normalised URL. */
  website?: string | null | undefined;
};

/** What createLead did. */
export type CreateLeadOutcome =
  /** A new lead was created (duplicates, if any, are listed but left alone). */
  | 'CREATED'
  /** Nothing was written: onDuplicate WARN found duplicates, listed in `duplicates`. */
  | 'NOT_CREATED'
  /** onDuplicate UPDATE_EXISTING applied the input to the strongest match. */
  | 'UPDATED_EXISTING';

/** A new pipeline stage (ADMIN and OWNER). */
export type CreatePipelineStageInput = {
  /** Follows from the status (CONVERTED: WON, LOST: LOST, else OPEN); given, it must agree. */
  category?: StageCategory | null | undefined;
  /** #rrggbb */
  color: string;
  /** 1-50 characters, unique among the live stages. */
  name: string;
  /** Where to insert it (0 = first); default: before the won and lost stages. */
  position?: number | null | undefined;
  /** The status of leads in this stage. */
  status: LeadStatus;
};

/** A new scoring rule; it is checked against the field's type before it is saved. */
export type CreateScoringRuleInput = {
  /** Inactive rules are kept but never match; default true. */
  active?: boolean | null | undefined;
  /** The kind of signal the rule reads; its category's cap (scoringSettings.categoryCaps) limits the positive points. */
  category: ScoringCategory;
  /** What the rule is for, in words; optional. */
  description?: string | null | undefined;
  /** Rules sharing a group are alternatives (tiers): only the highest-priority match counts. Null: the rule stands alone. */
  exclusiveGroup?: string | null | undefined;
  /** The lead field the rule reads: a scoring field (email, jobTitle, employees, emailDomainType, ...) or customFields.<key>; BAD_USER_INPUT when unknown. */
  field: string;
  /** Short name shown in the rule list and in score breakdowns; required. */
  name: string;
  /** How the field is compared with `value`; it must suit the field's type (BAD_USER_INPUT naming `operator` otherwise). */
  operator: ScoringOperator;
  /** Whole points from -100 to 100 added when the rule matches (negative subtracts). */
  points: number;
  /** Higher runs first and wins within an exclusive group; default 0. */
  priority?: number | null | undefined;
  /** What the field is compared with: a string, number or boolean; a list for IN, NOT_IN or CONTAINS (any of); [min, max] for BETWEEN; null for IS_EMPTY and IS_NOT_EMPTY. */
  value?: unknown;
};

/** A new task. A MEMBER assigns tasks to themselves, on their own leads. */
export type CreateTaskInput = {
  /** Default: the viewer. */
  assigneeId?: string | null | undefined;
  /** At most 5,000 characters. */
  description?: string | null | undefined;
  /** When it is due; without it there is no reminder. */
  dueAt?: string | null | undefined;
  /** The lead it is about (a MEMBER: one of their own); none for a task without a lead. */
  leadId?: string | null | undefined;
  /** Default MEDIUM. */
  priority?: TaskPriority | null | undefined;
  /** Remind the assignee this many minutes before the due time (default 15; 0: at the due time). */
  remindMinutesBefore?: number | null | undefined;
  /** 1-200 characters. */
  title: string;
  /** Default FOLLOW_UP; completing a CALL or EMAIL task logs that activity. */
  type?: TaskType | null | undefined;
};

/** A new territory, owned by exactly one of a team or a rep. */
export type CreateTerritoryInput = {
  /** Default true. */
  active?: boolean | null | undefined;
  /** 1 to 20 tests on country, state, industry, companySize, employees or annualRevenue. */
  criteria: Array<RoutingConditionInput>;
  /** Default ALL. */
  criteriaMatch?: ConditionMatch | null | undefined;
  /** Default ROUND_ROBIN. */
  distribution?: TerritoryDistribution | null | undefined;
  /** 1 to 200 characters. */
  name: string;
  /** Higher is tried first; default 0. */
  priority?: number | null | undefined;
  /** The owning team (or give userId). */
  teamId?: string | null | undefined;
  /** The owning rep (or give teamId). */
  userId?: string | null | undefined;
};

/** A new outgoing webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** A note on what receives these events. */
  description?: string | null | undefined;
  /** The events to send (at least one). */
  events: Array<WebhookEventType>;
  /** The http(s) URL to POST events to; private and loopback addresses are refused. */
  url: string;
};

/** A new webhook source: where a vendor posts leads for a campaign. */
export type CreateWebhookSourceInput = {
  /** A campaign of the organisation. */
  campaignId: string;
  /** Capture field -> dotted JSON path. Fields: contact.firstName, contact.lastName, contact.email, contact.phone, contact.company, source, lead_details.service_interest, lead_details.urgency, lead_details.message, lead_details.budget_range, lead_details.timeline, tracking.utm_source, tracking.utm_medium, tracking.utm_campaign, tracking.utm_term, tracking.utm_content. */
  fieldMapping?: Record<string, unknown> | null | undefined;
  /** Name shown in the source list, 1-200 characters. */
  name: string;
  /** The HMAC key the sender signs with, when it is not ours to choose (Meta signs with the app secret); 16 to 200 characters. Default: a new random secret. */
  secret?: string | null | undefined;
  /** For Meta's GET handshake (hub.verify_token). */
  verifyToken?: string | null | undefined;
};

/** How a custom field's text is read. */
export type CustomFieldType =
  /** Yes/no, in any case: true, yes, y, 1, x, on, t read as true; false, no, n, 0, off, f and empty as false. */
  | 'BOOLEAN'
  /** A date or date-time in the import's date format (ISO 8601 by default). */
  | 'DATE'
  /** A number; thousands separators and the chosen decimal mark are understood. */
  | 'NUMBER'
  /** Kept as written (trimmed). */
  | 'TEXT';

/** Which assignment rule to remove. */
export type DeleteAssignmentRuleInput = {
  /** The rule to remove. */
  id: string;
};

/** The campaign to delete (it must have no leads). */
export type DeleteCampaignInput = {
  /** The campaign's id. */
  id: string;
};

/** The form to delete. */
export type DeleteFormInput = {
  /** The form's id. */
  id: string;
};

/** Which scoring rule to remove. */
export type DeleteScoringRuleInput = {
  /** The rule to remove. */
  id: string;
};

/** The territory to remove. */
export type DeleteTerritoryInput = {
  /** The territory to remove. */
  id: string;
};

/** The webhook source to delete. */
export type DeleteWebhookSourceInput = {
  /** The source's id. */
  id: string;
};

/** What createLead does when the new lead matches existing ones: WARN creates nothing and returns the matches; CREATE creates anyway (the default); UPDATE_EXISTING applies the input to the strongest match. */
export type DuplicatePolicy =
  /** Create the lead anyway (the default). */
  | 'CREATE'
  /** Apply the input to the strongest match (email, then phone, then name) instead. */
  | 'UPDATE_EXISTING'
  /** Create nothing when duplicates exist; return them so a person can decide. */
  | 'WARN';

/** Why two leads are taken for the same person: same email, same phone, or similar name and company. */
export type DuplicateReason =
  /** The same email address (ignoring case). */
  | 'EMAIL'
  /** First and last name plus company at least 85% similar (trigram similarity). */
  | 'NAME_COMPANY'
  /** The same phone number (as E.164). */
  | 'PHONE';

/** What a form has typed so far; every field is optional and may be partial. */
export type FindDuplicatesInput = {
  /** Company name (at most 300 characters). */
  company?: string | null | undefined;
  /** Two-letter code: how a local phone number is read. */
  country?: string | null | undefined;
  /** Email, any case (at most 300 characters). */
  email?: string | null | undefined;
  /** Leave this lead out (the one being edited). */
  excludeLeadId?: string | null | undefined;
  /** Given name (at most 300 characters). */
  firstName?: string | null | undefined;
  /** Family name; the name match needs it plus a first name or a company. */
  lastName?: string | null | undefined;
  /** Any common notation. */
  phone?: string | null | undefined;
};

/** One input of a new form. */
export type FormFieldInput = {
  /** The label shown next to the input, 1-200 characters. */
  label: string;
  /** The lead field it fills: firstName, lastName, email, phone, company, message, service_interest, urgency, budget_range or timeline; each at most once. */
  name: string;
  /** Whether the visitor must fill it in; default false. */
  required?: boolean | null | undefined;
  /** text (default), email, tel or textarea. */
  type?: string | null | undefined;
};

/** What an import does with a row that matches an existing lead (same external id, email, phone, or name and company). */
export type ImportDuplicatePolicy =
  /** Create a new lead anyway. */
  | 'CREATE'
  /** Leave the existing lead alone; the row counts as skipped. */
  | 'SKIP'
  /** Fill the existing lead with the row's non-empty values, and rescore it. */
  | 'UPDATE';

/** Names one import. */
export type ImportJobInput = {
  /** The import (from POST /v1/api/imports or importJobs). */
  jobId: string;
};

/** Where an import stands. */
export type ImportJobStatus =
  /** Stopped on request; the rows before it stay imported. */
  | 'CANCELLED'
  /** Every row was read. */
  | 'COMPLETED'
  /** Stopped by an error (see `error`); the rows before it stay imported. */
  | 'FAILED'
  /** Started; waiting for a worker. */
  | 'QUEUED'
  /** Rows are being imported. */
  | 'RUNNING'
  /** Its leads were deleted again (`undoImport`). */
  | 'UNDONE'
  /** The file is stored; map its columns and start it. */
  | 'UPLOADED';

/** How an import reads values; every option has a default. */
export type ImportOptionsInput = {
  /** Format of DATE custom fields, e.g. `DD-MM-YYYY HH:MM` (default ISO 8601). */
  dateFormat?: string | null | undefined;
  /** Decimal mark of numbers: `.` (default) or `,`. */
  decimalMark?: string | null | undefined;
  /** Cells read as empty. Default: Select, N/A, NA, n/a, -, --, #N/A, null, NULL, (none). */
  placeholders?: Array<string> | null | undefined;
  /** File source value -> Leadline source. */
  sourceMap?: Record<string, unknown> | null | undefined;
  /** File status value -> Leadline status, on top of the built-in Salesforce and HubSpot ones. */
  statusMap?: Record<string, unknown> | null | undefined;
};

/** What an import does with a row. */
export type ImportRowAction =
  /** A new lead. */
  | 'CREATE'
  /** A blank line or a report footer (totals): ignored. */
  | 'JUNK'
  /** Invalid: listed in the error report. */
  | 'REJECT'
  /** A duplicate, left alone. */
  | 'SKIP'
  /** Fills the matching lead (policy UPDATE). */
  | 'UPDATE';

/** What happened to a lead. */
export type LeadEventType =
  /** A lead was created (by a person or a capture channel), or restored by undoMerge. */
  | 'CREATED'
  /** A lead was (soft-)deleted, e.g. by deleteLead or a merge. */
  | 'DELETED'
  /** A lead's fields, owner, stage or score changed. */
  | 'UPDATED';

/** Narrows a lead list; every condition given must hold. */
export type LeadFilter = {
  /** Owners (assignees); with `unassigned`, either matches. */
  assignedToIds?: Array<string> | null | undefined;
  /** Leads whose campaign name is exactly one of these. */
  campaign?: Array<string> | null | undefined;
  /** Created at or after. */
  createdAfter?: string | null | undefined;
  /** Created before. */
  createdBefore?: string | null | undefined;
  /** Grades A-D. */
  grade?: Array<string> | null | undefined;
  /** Only the leads this CSV import created. */
  importJobId?: string | null | undefined;
  /** Stale leads: no activity (or, without any, not created) in this many days. */
  noActivityInDays?: number | null | undefined;
  /** Leads waiting in any of these teams' queues; a null in the list also takes leads in no queue. What a member may claim: their teams' ids and null. */
  queueTeamIds?: Array<string | null | undefined> | null | undefined;
  /** Score at most this (0-100, inclusive). */
  scoreMax?: number | null | undefined;
  /** Score at least this (0-100, inclusive). */
  scoreMin?: number | null | undefined;
  /** Leads whose source is exactly one of these. */
  source?: Array<string> | null | undefined;
  /** Pipeline stages (board columns). */
  stageIds?: Array<string> | null | undefined;
  /** Leads in any of these statuses. */
  status?: Array<LeadStatus> | null | undefined;
  /** Leads carrying any of these tags. */
  tags?: Array<string> | null | undefined;
  /** Only leads nobody owns. */
  unassigned?: boolean | null | undefined;
};

/** Sort order; ties are broken by id so pages never overlap. */
export type LeadOrder = {
  /** Ascending or descending. */
  direction: SortDirection;
  /** The column to sort by. */
  field: LeadOrderField;
};

/** Columns a lead list can be sorted by. */
export type LeadOrderField =
  /** Company, ignoring case (no company sorts as empty). */
  | 'COMPANY'
  /** When the lead was created. */
  | 'CREATED_AT'
  /** Last name, ignoring case (no last name sorts as empty). */
  | 'LAST_NAME'
  /** The score (0-100). */
  | 'SCORE'
  /** Status, in pipeline order: NEW, CONTACTED, QUALIFIED, LOST, CONVERTED. */
  | 'STATUS'
  /** When the lead last changed. */
  | 'UPDATED_AT';

/** Where a lead stands in the sales process. */
export type LeadStatus =
  /** Someone reached out; leaving NEW counts as first contact. */
  | 'CONTACTED'
  /** Won: became a customer (a WON stage). */
  | 'CONVERTED'
  /** Lost, with a reason (a LOST stage). */
  | 'LOST'
  /** Not contacted yet; the first-contact deadline (SLA) runs. */
  | 'NEW'
  /** Judged a real opportunity. */
  | 'QUALIFIED';

/** An activity to add to a lead's timeline. System types are refused. */
export type LogActivityInput = {
  /** At most 10,000 characters. */
  body?: string | null | undefined;
  /** Seconds, at most a day. */
  durationSeconds?: number | null | undefined;
  /** The lead; NOT_FOUND outside the organisation. */
  leadId: string;
  /** At most 8 KB as JSON. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Default: now. At most a year ahead (a booked meeting). */
  occurredAt?: string | null | undefined;
  /** At most 200 characters. */
  outcome?: string | null | undefined;
  /** At most 200 characters. */
  subject?: string | null | undefined;
  /** Any type but the system ones (STATUS_CHANGE, ASSIGNMENT_CHANGE, SCORE_CHANGE, FIELD_UPDATE). */
  type: ActivityType;
};

/** Credentials to sign in with. */
export type LoginInput = {
  /** The sign-in email, any case. */
  email: string;
  /** Only needed when the same email and password open accounts in several organisations. */
  organizationSlug?: string | null | undefined;
  /** The password, at most 1,024 characters. */
  password: string;
};

/** Why a lead was lost; OTHER needs words (the move's note). */
export type LostReason =
  /** "Bad timing": not now. */
  | 'BAD_TIMING'
  /** "Competitor chosen": the lead bought elsewhere. */
  | 'COMPETITOR_CHOSEN'
  /** "No authority": the contact cannot decide. */
  | 'NO_AUTHORITY'
  /** "No budget": the lead cannot pay for it. */
  | 'NO_BUDGET'
  /** "No need": the lead does not need it. */
  | 'NO_NEED'
  /** "Other": the move's note (or the lostReason text) says why. */
  | 'OTHER'
  /** "Unresponsive": the lead stopped answering. */
  | 'UNRESPONSIVE';

/** Why a column was suggested for its target. */
export type MappingConfidence =
  /** No standard field fits: a custom field named after the header. */
  | 'CUSTOM'
  /** The header is the Leadline field's name. */
  | 'EXACT'
  /** Nothing to import (an empty header or CRM bookkeeping). */
  | 'NONE'
  /** A common synonym, or a Salesforce or HubSpot name or label. */
  | 'SYNONYM';

/** Which of the viewer's notifications to mark read: the given ids, or all. */
export type MarkNotificationsReadInput = {
  /** True: every unread notification of the viewer. */
  all?: boolean | null | undefined;
  /** The viewer's notifications to mark read, at most 500; others' ids are ignored. */
  ids?: Array<string> | null | undefined;
};

/** Take this field's value from this lead. */
export type MergeFieldChoice = {
  /** A lead field name, e.g. email, phone, company, jobTitle, assignedTo. */
  field: string;
  /** The master or one of the duplicates. */
  leadId: string;
};

/** Which lead stays, which are merged into it, and whose value each field keeps. */
export type MergeLeadsInput = {
  /** The leads merged into it (soft-deleted; undoable for 7 days). */
  duplicateIds: Array<string>;
  /** Per field, which lead's value the master keeps; fields not named keep the master's. */
  fieldChoices?: Array<MergeFieldChoice> | null | undefined;
  /** The lead that stays. */
  masterId: string;
};

/** Moves a lead to a stage. A MEMBER moves only their own leads. */
export type MoveLeadInput = {
  /** The lead to move; NOT_FOUND outside the organisation. */
  leadId: string;
  /** Required for a lost stage. */
  lostReason?: LostReason | null | undefined;
  /** Why (at most 1,000 characters); required with lostReason OTHER. */
  note?: string | null | undefined;
  /** The target stage. BAD_USER_INPUT for a retired stage, the current stage, a won stage from anywhere but a qualified one, leaving a won stage, or lost to lost. */
  stageId: string;
};

/** What a notification is about. */
export type NotificationType =
  /** A lead was given to the viewer (by routing, a manager or an escalation). */
  | 'LEAD_ASSIGNED'
  /** A lead waits in the queue of a team the viewer manages. */
  | 'LEAD_QUEUED'
  /** A lead's first-contact deadline was missed (sent to the managers of its team). */
  | 'SLA_BREACHED'
  /** One of the viewer's tasks is due soon. */
  | 'TASK_REMINDER';

/** ENTERED a stage (created, or moved in from previousStage), LEFT it (deleted), CHANGED within it. */
export type PipelineEventType =
  /** The lead changed (fields, owner, score) without changing stage. */
  | 'CHANGED'
  /** The lead entered a stage: it was created, or moved in from previousStageId. */
  | 'ENTERED'
  /** The lead left the board (deleted or merged away). */
  | 'LEFT';

/** Which stage. */
export type PipelineStageIdInput = {
  /** A stage of the organisation's pipeline; NOT_FOUND otherwise. */
  id: string;
};

/** Every rule id of the organisation, in the new order (first = highest priority). */
export type ReorderAssignmentRulesInput = {
  /** Every rule id, each once; BAD_USER_INPUT otherwise. */
  ids: Array<string>;
};

/** The new order of the live stages: every one of them, once. */
export type ReorderPipelineStagesInput = {
  /** Every live stage id, each once, left to right. */
  stageIds: Array<string>;
};

/** What a user may do: OWNER > ADMIN > MANAGER (all leads) > MEMBER (own leads) > VIEWER (read only). */
export type Role =
  /** Everything in the organisation: pipeline stages, scoring rules and settings, SLA settings, and all a MANAGER may do. */
  | 'ADMIN'
  /** Works every lead: assigns, merges, deletes, overrides scores; runs campaigns, forms, webhook sources and routing rules. */
  | 'MANAGER'
  /** Creates leads and works their own: moves them, logs activities, manages their own tasks, claims queued leads. */
  | 'MEMBER'
  /** The organisation's owner: every right an ADMIN has. */
  | 'OWNER'
  /** Reads leads, the pipeline, tasks and settings; changes nothing (FORBIDDEN). */
  | 'VIEWER';

/** One condition: a lead field, an operator and a value (as in scoring rules). */
export type RoutingConditionInput = {
  /** A scoring field (country, employees, source, ...) or customFields.<key>. */
  field: string;
  /** How the field is compared with `value` (as in scoring rules). */
  operator: ScoringOperator;
  /** What the field is compared with: a scalar, a list for IN/NOT_IN, [min, max] for BETWEEN, null for IS_EMPTY. */
  value?: unknown;
};

/** How a rule picks the rep. */
export type RoutingStrategy =
  /** The rep with the most room left today, then the fewest open leads. */
  | 'LEAST_LOADED'
  /** The team's eligible reps take turns in a stable order; with a fixed team their counts differ by at most one. */
  | 'ROUND_ROBIN'
  /** By grade: A to SENIOR reps, B to SENIOR and MID, C and D to anyone, taking turns; anyone eligible when the band is empty. */
  | 'SCORE_BAND'
  /** Always the rule's user (while eligible; otherwise the lead stays unassigned). */
  | 'SPECIFIC_USER'
  /** For territory rules: the conditions pick the region (e.g. country IN [...]); the team's eligible reps take turns. */
  | 'TERRITORY';

/** Why a lead's score changed. */
export type ScoreChangeReason =
  /** An activity was logged, or a task completed, on the lead. */
  | 'ACTIVITY'
  /** The lead was created and scored for the first time. */
  | 'CREATED'
  /** The weekly decay took points off a lead without recent activity. */
  | 'DECAY'
  /** Duplicates were merged into this lead. */
  | 'MERGED'
  /** A person set or cleared a score override. */
  | 'OVERRIDE'
  /** A manager asked for a rescoring (rescoreLeads). */
  | 'RESCORED'
  /** A scoring rule was created, changed or deleted. */
  | 'RULES_CHANGED'
  /** Grade thresholds, category caps or decay changed. */
  | 'SETTINGS_CHANGED'
  /** The lead's fields or stage changed, or a repeated capture raised its engagement. */
  | 'UPDATED';

/** What kind of signal a scoring rule reads. */
export type ScoringCategory =
  /** What the lead did and said: where they came from (source), the urgency and budget they gave. */
  | 'BEHAVIORAL'
  /** Organisation-specific signals, usually customFields.<key>. */
  | 'CUSTOM'
  /** About the person: job title and seniority, a business email, a phone given. */
  | 'DEMOGRAPHIC'
  /** How the lead engages: email opens and clicks, website visits, form submissions. */
  | 'ENGAGEMENT'
  /** About the company: named or not, its employees, revenue and industry. */
  | 'FIRMOGRAPHIC';

/** A proposed rule set to measure. */
export type ScoringImpactInput = {
  /** The whole proposed rule set. */
  rules: Array<ScoringRuleDraftInput>;
};

/** How a scoring rule compares the field with its value. */
export type ScoringOperator =
  /** Number or date within [min, max], both inclusive; a date-only bound covers its whole UTC day. */
  | 'BETWEEN'
  /** Text holds the value as whole words ("vp" in "VP, Sales", not "cto" in "Doctor"); a list value means any of them; on tags, membership. */
  | 'CONTAINS'
  /** Equal, ignoring case and spacing; numbers and dates compare as values; on a list (tags), any element. */
  | 'EQUALS'
  /** Number or date strictly greater than the value. */
  | 'GREATER_THAN'
  /** Equals any value of the list. */
  | 'IN'
  /** The field is null, blank text or an empty list (value: null). */
  | 'IS_EMPTY'
  /** The field holds something (value: null). */
  | 'IS_NOT_EMPTY'
  /** Number or date strictly less than the value. */
  | 'LESS_THAN'
  /** Not CONTAINS; also true when the field is empty. */
  | 'NOT_CONTAINS'
  /** Not EQUALS; also true when the field is empty. */
  | 'NOT_EQUALS'
  /** Equals none of the list; also true when the field is empty. */
  | 'NOT_IN'
  /** Text (or, on tags, any element) starts with the value, ignoring case. */
  | 'STARTS_WITH';

/** A rule as drafted in the rule builder; `id` names a stored rule it would replace. */
export type ScoringRuleDraftInput = {
  /** Inactive rules are kept but never match; default true. */
  active?: boolean | null | undefined;
  /** The kind of signal the rule reads; its category's cap (scoringSettings.categoryCaps) limits the positive points. */
  category: ScoringCategory;
  /** What the rule is for, in words; optional. */
  description?: string | null | undefined;
  /** Rules sharing a group are alternatives (tiers): only the highest-priority match counts. Null: the rule stands alone. */
  exclusiveGroup?: string | null | undefined;
  /** The lead field the rule reads: a scoring field (email, jobTitle, employees, emailDomainType, ...) or customFields.<key>; BAD_USER_INPUT when unknown. */
  field: string;
  /** The stored rule this draft replaces; absent for a new rule. */
  id?: string | null | undefined;
  /** Short name shown in the rule list and in score breakdowns; required. */
  name: string;
  /** How the field is compared with `value`; it must suit the field's type (BAD_USER_INPUT naming `operator` otherwise). */
  operator: ScoringOperator;
  /** Whole points from -100 to 100 added when the rule matches (negative subtracts). */
  points: number;
  /** Higher runs first and wins within an exclusive group; default 0. */
  priority?: number | null | undefined;
  /** What the field is compared with: a string, number or boolean; a list for IN, NOT_IN or CONTAINS (any of); [min, max] for BETWEEN; null for IS_EMPTY and IS_NOT_EMPTY. */
  value?: unknown;
};

/** Where a rescoring run stands. */
export type ScoringRunStatus =
  /** Every lead was rescored. */
  | 'COMPLETED'
  /** Stopped by an error; see `error`. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Rescoring; `processed` grows. */
  | 'RUNNING';

/** SCORE_BAND sends grade A to seniors. */
export type Seniority =
  /** Takes grade C and D leads under SCORE_BAND. */
  | 'JUNIOR'
  /** Takes grade B, C and D leads under SCORE_BAND (the default). */
  | 'MID'
  /** Takes leads of every grade; the only one given grade A under SCORE_BAND. */
  | 'SENIOR';

/** Ascending or descending order. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** What reaching a pipeline stage means: OPEN (being worked), WON (converted), LOST. */
export type StageCategory =
  /** The lead was lost (status LOST); entering it needs a lost reason. */
  | 'LOST'
  /** The lead is still being worked (NEW, CONTACTED or QUALIFIED). */
  | 'OPEN'
  /** The lead converted (status CONVERTED); a won lead stays won. */
  | 'WON';

/** Start an uploaded import. */
export type StartImportInput = {
  /** Values for fields a row leaves empty, e.g. `{ "source": "trade-fair" }`; `ownerId` (a user id) owns every lead the import creates, instead of the assignment rules. */
  defaults?: Record<string, unknown> | null | undefined;
  /** SKIP leaves matching leads alone, UPDATE fills them in, CREATE adds a lead anyway (default SKIP). */
  duplicatePolicy: ImportDuplicatePolicy;
  /** The uploaded import to start. */
  jobId: string;
  /** Columns not listed are not imported. */
  mapping: Array<ColumnMappingInput>;
  /** How values are read; every option has a default. */
  options?: ImportOptionsInput | null | undefined;
};

/** How urgent a task is. */
export type TaskPriority =
  /** Before normal work. */
  | 'HIGH'
  /** Whenever there is time. */
  | 'LOW'
  /** Normal (the default). */
  | 'MEDIUM'
  /** Now. */
  | 'URGENT';

/** Where a task stands. */
export type TaskStatus =
  /** Dropped without being done. */
  | 'CANCELLED'
  /** Completed (completeTask). */
  | 'DONE'
  /** To do. */
  | 'OPEN';

/** What the task is; completing a CALL or EMAIL task logs that activity on the lead. */
export type TaskType =
  /** Phone the lead; completing it logs a CALL. */
  | 'CALL'
  /** Give a product demo. */
  | 'DEMO'
  /** Email the lead; completing it logs an EMAIL. */
  | 'EMAIL'
  /** Get back to the lead (the default). */
  | 'FOLLOW_UP'
  /** Hold a meeting. */
  | 'MEETING'
  /** Anything else. */
  | 'OTHER';

/** How a team-owned territory shares its leads among the team's reps. */
export type TerritoryDistribution =
  /** The eligible rep with the most room today. */
  | 'LEAST_LOADED'
  /** Each eligible rep in turn. */
  | 'ROUND_ROBIN';

/** A lead as it would arrive: which rule and rep would win (nothing is written). */
export type TestAssignmentInput = {
  /** The lead's fields, as for createLead. */
  lead: CreateLeadInput;
};

/** Changes to an assignment rule: only the fields given change. */
export type UpdateAssignmentRuleInput = {
  /** Inactive rules are skipped; default true. */
  active?: boolean | null | undefined;
  /** Whether ALL conditions (the default) or ANY one must hold. */
  conditionMatch?: ConditionMatch | null | undefined;
  /** At most 20 conditions on the lead (the scoring rules' fields and operators), each checked like a scoring rule; none: every lead. */
  conditions?: Array<RoutingConditionInput> | null | undefined;
  /** The rule to change. */
  id: string;
  /** Name shown in the rule list and in assignment reasons; 1 to 200 characters. */
  name?: string | null | undefined;
  /** Rules are tried highest first; the first whose conditions hold decides. */
  priority?: number | null | undefined;
  /** Skip reps outside their working hours (default false). */
  respectWorkingHours?: boolean | null | undefined;
  /** How the rule picks a rep among the eligible ones. */
  strategy?: RoutingStrategy | null | undefined;
  /** The team whose members take the leads; required by every strategy but SPECIFIC_USER. */
  teamId?: string | null | undefined;
  /** The rep of a SPECIFIC_USER rule: an active user of the organisation. */
  userId?: string | null | undefined;
};

/** Changes to a campaign: only the fields given change. */
export type UpdateCampaignInput = {
  /** Origins such as https://www.example.com. */
  allowedOrigins?: Array<string> | null | undefined;
  /** An active user of the organisation. */
  autoAssignToId?: string | null | undefined;
  /** Total budget in the organisation's currency, 0 to 1e12. */
  budget?: number | null | undefined;
  /** YYYY-MM-DD, not before startDate. */
  endDate?: string | null | undefined;
  /** The campaign to change. */
  id: string;
  /** The campaign's landing page; validated and stored as a normalised URL. */
  landingPageUrl?: string | null | undefined;
  /** Display name, 1-200 characters; captured leads carry it as their `campaign`. */
  name?: string | null | undefined;
  /** Up to 20 addresses told about each new lead of the campaign. */
  notificationEmails?: Array<string> | null | undefined;
  /** YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** DRAFT (the default) and ACTIVE campaigns accept captured leads; PAUSED and COMPLETED refuse them. */
  status?: CampaignStatus | null | undefined;
  /** How many leads the campaign aims for, 0 to 100,000,000. */
  targetLeads?: number | null | undefined;
  /** The channel the campaign runs on (default WEB). */
  type?: CampaignType | null | undefined;
};

/** Changes to a lead form: omitted (or null) fields are left as they are. */
export type UpdateFormInput = {
  /** The whole new list; [] allows no origin. */
  allowedOrigins?: Array<string> | null | undefined;
  /** Moves the form to another (not archived) campaign. */
  campaignId?: string | null | undefined;
  /** The whole new list of inputs (order, labels, types, required), replacing the old one. */
  fields?: Array<FormFieldInput> | null | undefined;
  /** A plain input name that is not a lead field. */
  honeypotField?: string | null | undefined;
  /** The form to change. */
  id: string;
  /** 0 to 60. */
  minFillSeconds?: number | null | undefined;
  /** 1 to 200 characters. */
  name?: string | null | undefined;
  /** An absolute http(s) URL. */
  thankYouUrl?: string | null | undefined;
};

/** Renames or recolours a stage: only the fields given change. */
export type UpdatePipelineStageInput = {
  /** New colour, #rrggbb. */
  color?: string | null | undefined;
  /** The stage to change. */
  id: string;
  /** New title, 1-50 characters, unique among the live stages. */
  name?: string | null | undefined;
};

/** A rep's routing settings; only the fields given change. */
export type UpdateSalesProfileInput = {
  /** A rep may switch their own availability. */
  available?: boolean | null | undefined;
  /** Most leads routed per day, 0 to 10,000; null: the team's limit. */
  maxLeadsPerDay?: number | null | undefined;
  /** The rep's seniority, for SCORE_BAND rules. */
  seniority?: Seniority | null | undefined;
  /** IANA time zone name of the working hours, e.g. Europe/Berlin. */
  timezone?: string | null | undefined;
  /** The rep; a MEMBER may name only themselves (and change only `available`). */
  userId: string;
  /** Weekly working hours in that time zone. */
  workingHours?: WorkingHoursInput | null | undefined;
};

/** Changes to a scoring rule: only the fields given change. */
export type UpdateScoringRuleInput = {
  /** Inactive rules are kept but never match; default true. */
  active?: boolean | null | undefined;
  /** The kind of signal the rule reads; its category's cap (scoringSettings.categoryCaps) limits the positive points. */
  category?: ScoringCategory | null | undefined;
  /** What the rule is for, in words; optional. */
  description?: string | null | undefined;
  /** Rules sharing a group are alternatives (tiers): only the highest-priority match counts. Null: the rule stands alone. */
  exclusiveGroup?: string | null | undefined;
  /** The lead field the rule reads: a scoring field (email, jobTitle, employees, emailDomainType, ...) or customFields.<key>; BAD_USER_INPUT when unknown. */
  field?: string | null | undefined;
  /** The rule to change. */
  id: string;
  /** Short name shown in the rule list and in score breakdowns; required. */
  name?: string | null | undefined;
  /** How the field is compared with `value`; it must suit the field's type (BAD_USER_INPUT naming `operator` otherwise). */
  operator?: ScoringOperator | null | undefined;
  /** Whole points from -100 to 100 added when the rule matches (negative subtracts). */
  points?: number | null | undefined;
  /** Higher runs first and wins within an exclusive group; default 0. */
  priority?: number | null | undefined;
  /** What the field is compared with: a string, number or boolean; a list for IN, NOT_IN or CONTAINS (any of); [min, max] for BETWEEN; null for IS_EMPTY and IS_NOT_EMPTY. */
  value?: unknown;
};

/** Changes to a territory: only the fields given change. */
export type UpdateTerritoryInput = {
  /** Inactive territories are skipped. */
  active?: boolean | null | undefined;
  /** Replaces all criteria. */
  criteria?: Array<RoutingConditionInput> | null | undefined;
  /** All criteria must hold, or any. */
  criteriaMatch?: ConditionMatch | null | undefined;
  /** How a team shares the leads. */
  distribution?: TerritoryDistribution | null | undefined;
  /** The territory to change. */
  id: string;
  /** 1 to 200 characters. */
  name?: string | null | undefined;
  /** Higher is tried first. */
  priority?: number | null | undefined;
  /** A new owning team (clears the owning rep). */
  teamId?: string | null | undefined;
  /** A new owning rep (clears the owning team). */
  userId?: string | null | undefined;
};

/** Changes to an endpoint; omitted fields stay. */
export type UpdateWebhookEndpointInput = {
  /** Turn deliveries on or off. */
  active?: boolean | null | undefined;
  /** A new note. */
  description?: string | null | undefined;
  /** The new set of events. */
  events?: Array<WebhookEventType> | null | undefined;
  /** The endpoint's id. */
  id: string;
  /** A new URL. */
  url?: string | null | undefined;
};

/** Changes to a webhook source: omitted (or null) fields are left as they are. */
export type UpdateWebhookSourceInput = {
  /** false: posts are refused (403 SOURCE_INACTIVE). */
  active?: boolean | null | undefined;
  /** The whole new mapping. Capture field -> dotted JSON path. Fields: contact.firstName, contact.lastName, contact.email, contact.phone, contact.company, source, lead_details.service_interest, lead_details.urgency, lead_details.message, lead_details.budget_range, lead_details.timeline, tracking.utm_source, tracking.utm_medium, tracking.utm_campaign, tracking.utm_term, tracking.utm_content. */
  fieldMapping?: Record<string, unknown> | null | undefined;
  /** The source to change. */
  id: string;
  /** 1 to 200 characters. */
  name?: string | null | undefined;
  /** true: replaces the signing secret with a new random one, returned once in the payload; the old one stops working at once. */
  rotateSecret?: boolean | null | undefined;
  /** Replaces the signing secret with this one (the sender's new key). The HMAC key the sender signs with, when it is not ours to choose (Meta signs with the app secret); 16 to 200 characters. */
  secret?: string | null | undefined;
  /** For Meta's GET handshake (hub.verify_token); an empty string removes it. */
  verifyToken?: string | null | undefined;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** Retries ran out (24 hours) or the target is not allowed. */
  | 'FAILED'
  /** Queued or waiting for its next retry. */
  | 'PENDING'
  /** The receiver answered 2xx. */
  | 'SUCCEEDED';

/** An event an outgoing webhook announces; receivers see it as `type`, e.g. lead.created. */
export type WebhookEventType =
  /** import.completed: a CSV import finished. */
  | 'IMPORT_COMPLETED'
  /** leads.rescored: a bulk rescoring run (a rule or settings change, decay, rescoreLeads) changed these leads' scores, up to 100 per event; sent to endpoints subscribed to LEAD_SCORED, not subscribable on its own. */
  | 'LEADS_RESCORED'
  /** lead.assigned: a lead got a new owner. */
  | 'LEAD_ASSIGNED'
  /** lead.created: a lead was created (GraphQL, capture API, form or webhook). */
  | 'LEAD_CREATED'
  /** lead.merged: duplicates were merged into a master lead. */
  | 'LEAD_MERGED'
  /** lead.scored: a lead's score changed. Subscribing to it includes leads.rescored, how bulk rescoring announces its changes. */
  | 'LEAD_SCORED'
  /** lead.status_changed: a lead's status changed. */
  | 'LEAD_STATUS_CHANGED'
  /** lead.updated: a lead's fields changed. */
  | 'LEAD_UPDATED'
  /** webhook.test: a test ping from testWebhookEndpoint. */
  | 'WEBHOOK_TEST';

/** Weekly working hours in the rep's time zone. */
export type WorkingHoursInput = {
  /** ISO weekdays, 1 = Monday. */
  days: Array<number>;
  /** HH:MM */
  end: string;
  /** HH:MM */
  start: string;
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string } };

export type ViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerRoleQuery = { me: { id: string, role: Role } };

export type UpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { campaign: { id: string } } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { campaign: { id: string } } };

export type DeleteCampaignMutationVariables = Exact<{
  input: DeleteCampaignInput;
}>;


export type DeleteCampaignMutation = { deleteCampaign: { id: string } };

export type ArchiveCampaignMutationVariables = Exact<{
  id: string;
}>;


export type ArchiveCampaignMutation = { updateCampaign: { campaign: { id: string, status: CampaignStatus } } };

export type CaptureLogPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CaptureLogPageQuery = { captureEvents: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, channel: CaptureChannel, outcome: CaptureOutcome, reason: string | null, sourceKey: string | null, leadId: string | null, payload: unknown } }> } };

export type UpdateFormMutationVariables = Exact<{
  input: UpdateFormInput;
}>;


export type UpdateFormMutation = { updateForm: { form: { id: string } } };

export type CreateFormMutationVariables = Exact<{
  input: CreateFormInput;
}>;


export type CreateFormMutation = { createForm: { form: { id: string } } };

export type FormsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FormsPageQuery = { campaigns: { edges: Array<{ node: { id: string, name: string, status: CampaignStatus, allowedOrigins: Array<string> } }> }, forms: { edges: Array<{ node: { id: string, name: string, embedPath: string, campaignId: string, thankYouUrl: string, honeypotField: string, allowedOrigins: Array<string>, updatedAt: string, fields: Array<{ name: string, label: string, type: string, required: boolean }> } }> }, webhookSources: { edges: Array<{ node: { id: string, name: string, key: string, active: boolean, fieldMapping: Record<string, unknown>, verifyToken: string | null } }> } };

export type DeleteFormMutationVariables = Exact<{
  input: DeleteFormInput;
}>;


export type DeleteFormMutation = { deleteForm: { id: string } };

export type CreateWebhookSourceMutationVariables = Exact<{
  input: CreateWebhookSourceInput;
}>;


export type CreateWebhookSourceMutation = { createWebhookSource: { secret: string, source: { id: string, key: string } } };

export type UpdateWebhookSourceMutationVariables = Exact<{
  input: UpdateWebhookSourceInput;
}>;


export type UpdateWebhookSourceMutation = { updateWebhookSource: { secret: string | null, source: { id: string } } };

export type DeleteWebhookSourceMutationVariables = Exact<{
  input: DeleteWebhookSourceInput;
}>;


export type DeleteWebhookSourceMutation = { deleteWebhookSource: { id: string } };

export type DuplicatesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DuplicatesPageQuery = { duplicateClusters: { totalCount: number, uncheckedLeads: number, edges: Array<{ node: { id: string, reasons: Array<DuplicateReason>, leads: Array<{ id: string, fullName: string, firstName: string | null, lastName: string | null, email: string | null, phone: string | null, company: string | null, jobTitle: string | null, source: string | null, updatedAt: string }> } }> } };

export type FindDuplicatesQueryVariables = Exact<{
  input: FindDuplicatesInput;
}>;


export type FindDuplicatesQuery = { findDuplicates: Array<{ reason: DuplicateReason, similarity: number, lead: { id: string, fullName: string, email: string | null, company: string | null } }> };

export type MergeLeadsMutationVariables = Exact<{
  input: MergeLeadsInput;
}>;


export type MergeLeadsMutation = { mergeLeads: { merge: { id: string, undoableUntil: string }, master: { id: string, fullName: string } } };

export type UndoMergeMutationVariables = Exact<{
  mergeId: string;
}>;


export type UndoMergeMutation = { undoMerge: { merge: { id: string, undoneAt: string | null } } };

export type ExportLeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
}>;


export type ExportLeadsQuery = { exportLeads: { url: string } };

export type StartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type StartImportMutation = { startImport: { job: { id: string, status: ImportJobStatus } } };

export type ImportMappingQueryVariables = Exact<{
  jobId: string;
}>;


export type ImportMappingQuery = { suggestImportMapping: Array<{ index: number, header: string, target: string, confidence: MappingConfidence, samples: Array<string> }> };

export type ImportPreviewQueryVariables = Exact<{
  jobId: string;
  mapping: Array<ColumnMappingInput> | ColumnMappingInput;
  policy?: ImportDuplicatePolicy | null | undefined;
}>;


export type ImportPreviewQuery = { previewImport: { rowsExamined: number, create: number, update: number, skip: number, reject: number, junk: number, rows: Array<{ line: number, action: ImportRowAction, values: unknown }>, errors: Array<{ line: number, field: string, value: string | null, message: string }> } };

export type ImportProgress_JobFragment = { id: string, status: ImportJobStatus, fileName: string, processed: number, created: number, updated: number, skipped: number, failed: number, progress: number, rowsPerSecond: number, etaSeconds: number | null, errorReportUrl: string | null, error: string | null } & { ' $fragmentName'?: 'ImportProgress_JobFragment' };

export type ImportJobProgressQueryVariables = Exact<{
  id: string;
}>;


export type ImportJobProgressQuery = { importJob: { id: string, status: ImportJobStatus, fileName: string, processed: number, created: number, updated: number, skipped: number, failed: number, progress: number, rowsPerSecond: number, etaSeconds: number | null, errorReportUrl: string | null, error: string | null } };

export type ImportProgressUpdatesSubscriptionVariables = Exact<{
  jobId: string;
}>;


export type ImportProgressUpdatesSubscription = { importProgress: { id: string, status: ImportJobStatus, fileName: string, processed: number, created: number, updated: number, skipped: number, failed: number, progress: number, rowsPerSecond: number, etaSeconds: number | null, errorReportUrl: string | null, error: string | null } };

export type CancelImportMutationVariables = Exact<{
  input: ImportJobInput;
}>;


export type CancelImportMutation = { cancelImport: { job: { id: string, status: ImportJobStatus, fileName: string, processed: number, created: number, updated: number, skipped: number, failed: number, progress: number, rowsPerSecond: number, etaSeconds: number | null, errorReportUrl: string | null, error: string | null } } };

export type UndoImportMutationVariables = Exact<{
  input: ImportJobInput;
}>;


export type UndoImportMutation = { undoImport: { deleted: number, job: { id: string, status: ImportJobStatus, fileName: string, processed: number, created: number, updated: number, skipped: number, failed: number, progress: number, rowsPerSecond: number, etaSeconds: number | null, errorReportUrl: string | null, error: string | null } } };

export type RecentImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentImportsQuery = { importJobs: { edges: Array<{ node: { id: string, fileName: string, status: ImportJobStatus, createdAt: string, created: number, updated: number, skipped: number, failed: number, errorReportUrl: string | null, createdBy: { id: string, name: string } | null } }> } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: { edges: Array<{ node: { id: string, name: string, role: Role, hint: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, createdBy: { id: string, name: string } } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, event: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, responseCode: number | null, latencyMs: number | null, lastError: string | null, nextAttemptAt: string | null } }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: string;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { delivery: { id: string } } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: { edges: Array<{ node: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, active: boolean } }> } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { id: string, active: boolean, events: Array<WebhookEventType> } } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { endpoint: { id: string } } };

export type TestWebhookEndpointMutationVariables = Exact<{
  id: string;
}>;


export type TestWebhookEndpointMutation = { testWebhookEndpoint: { delivery: { id: string, status: WebhookDeliveryStatus, responseCode: number | null, lastError: string | null } } };

export type LeadAssignment_LeadFragment = { id: string, fullName: string, slaDueAt: string | null, firstContactedAt: string | null, assignedTo: { id: string, name: string } | null, queueTeam: { id: string, name: string } | null, assignmentHistory: { totalCount: number, edges: Array<{ node: { id: string, type: AssignmentType, reason: string | null, createdAt: string, fromUser: { id: string, name: string } | null, toUser: { id: string, name: string } | null, assignedBy: { id: string, name: string } | null, rule: { id: string, name: string } | null } }> } } & { ' $fragmentName'?: 'LeadAssignment_LeadFragment' };

export type LeadHeader_LeadFragment = { fullName: string, company: string | null, jobTitle: string | null, status: LeadStatus, email: string | null, phone: string | null, source: string | null, createdAt: string, score: number, grade: string | null, assignedTo: { id: string, name: string } | null } & { ' $fragmentName'?: 'LeadHeader_LeadFragment' };

export type LeadPageQueryVariables = Exact<{
  id: string;
}>;


export type LeadPageQuery = { me: { id: string, role: Role }, lead: (
    { id: string }
    & { ' $fragmentRefs'?: { 'LeadHeader_LeadFragment': LeadHeader_LeadFragment;'ScoreBreakdown_LeadFragment': ScoreBreakdown_LeadFragment;'ScoreHistory_LeadFragment': ScoreHistory_LeadFragment;'LeadAssignment_LeadFragment': LeadAssignment_LeadFragment } }
  ) | null };

export type LeadTasksQueryVariables = Exact<{
  id: string;
}>;


export type LeadTasksQuery = { lead: { id: string, tasks: { edges: Array<{ node: { id: string, title: string, type: TaskType, priority: TaskPriority, dueAt: string | null, overdue: boolean } }> } } | null };

export type CreateLeadTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateLeadTaskMutation = { createTask: { task: { id: string } } };

export type LeadTimelineQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type LeadTimelineQuery = { lead: { id: string, timeline: { totalCount: number, edges: Array<{ node: { id: string, type: ActivityType, subject: string | null, body: string | null, outcome: string | null, occurredAt: string, actor: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { logActivity: { activity: { id: string }, lead: { id: string, activitiesCount: number, lastActivityAt: string | null, score: number } } };

export type ReassignUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReassignUsersQuery = { users: { edges: Array<{ node: { id: string, name: string, email: string, active: boolean } }> } };

export type AssignLeadMutationVariables = Exact<{
  input: AssignLeadInput;
}>;


export type AssignLeadMutation = { assignLead: { lead: { id: string, assignedTo: { id: string, name: string } | null } } };

export type ScoreBreakdown_LeadFragment = { score: number, scoreBreakdown: Array<{ ruleId: string, name: string, category: ScoringCategory, points: number, field: string, operator: ScoringOperator, matchedValue: unknown }> } & { ' $fragmentName'?: 'ScoreBreakdown_LeadFragment' };

export type ScoreHistory_LeadFragment = { scoreHistory: { totalCount: number, edges: Array<{ node: { id: string, score: number, previousScore: number | null, delta: number, reason: ScoreChangeReason, grade: string | null, createdAt: string } }> } } & { ' $fragmentName'?: 'ScoreHistory_LeadFragment' };

export type LeadStageQueryVariables = Exact<{
  id: string;
}>;


export type LeadStageQuery = { lead: { id: string, fullName: string, daysInStage: number, lostReason: string | null, stage: { id: string } | null } | null };

export type LeadPageEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LeadPageEventsSubscription = { leadEvents: { type: LeadEventType, lead: { id: string } } };

export type LeadRow_LeadFragment = { id: string, fullName: string, company: string | null, email: string | null, status: LeadStatus, score: number, grade: string | null, source: string | null, createdAt: string, assignedTo: { id: string, name: string } | null } & { ' $fragmentName'?: 'LeadRow_LeadFragment' };

export type LeadsPageQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  search?: string | null | undefined;
  orderBy?: LeadOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsPageQuery = { leads: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'LeadRow_LeadFragment': LeadRow_LeadFragment } }
      ) }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NewLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type NewLeadMutation = { createLead: { outcome: CreateLeadOutcome, lead: { id: string } | null, duplicates: Array<{ reason: DuplicateReason, similarity: number, lead: { id: string, fullName: string, email: string | null, company: string | null } }> } };

export type OwnerFilterQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnerFilterQuery = { users: { edges: Array<{ node: { id: string, name: string } }> } };

export type LeadEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LeadEventsSubscription = { leadEvents: { type: LeadEventType, lead: { id: string } } };

export type NotificationBellQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationBellQuery = { unreadNotificationCount: number, notifications: { edges: Array<{ node: { id: string, type: NotificationType, title: string, body: string, readAt: string | null, createdAt: string, lead: { id: string } | null } }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, title: string } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type PipelineColumnPageQueryVariables = Exact<{
  filter: LeadFilter;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PipelineColumnPageQuery = { leads: { totalCount: number, edges: Array<{ node: { id: string, fullName: string, company: string | null, score: number, daysInStage: number, assignedTo: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PipelineInsightsQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineInsightsQuery = { pipelineStats: { from: string, to: string, stages: Array<{ leadCount: number, totalValue: number, entered: number, advanced: number, conversionRate: number | null, averageDaysInStage: number | null, stage: { id: string, name: string, color: string, category: StageCategory, retiredAt: string | null } }> } };

export type CreatePipelineStageMutationVariables = Exact<{
  input: CreatePipelineStageInput;
}>;


export type CreatePipelineStageMutation = { createPipelineStage: { stage: { id: string } } };

export type UpdatePipelineStageMutationVariables = Exact<{
  input: UpdatePipelineStageInput;
}>;


export type UpdatePipelineStageMutation = { updatePipelineStage: { stage: { id: string, name: string, color: string } } };

export type ReorderPipelineStagesMutationVariables = Exact<{
  input: ReorderPipelineStagesInput;
}>;


export type ReorderPipelineStagesMutation = { reorderPipelineStages: { stages: Array<{ id: string, position: number }> } };

export type RetirePipelineStageMutationVariables = Exact<{
  input: PipelineStageIdInput;
}>;


export type RetirePipelineStageMutation = { retirePipelineStage: { stage: { id: string, retiredAt: string | null } } };

export type PipelineStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineStagesQuery = { pipelineStages: Array<{ id: string, name: string, color: string, position: number, category: StageCategory, status: LeadStatus }> };

export type PipelineBoardEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PipelineBoardEventsSubscription = { pipelineEvents: { type: PipelineEventType, stageId: string | null, previousStageId: string | null, lead: { id: string } } };

export type MoveLeadMutationVariables = Exact<{
  input: MoveLeadInput;
}>;


export type MoveLeadMutation = { moveLead: { lead: { id: string, status: LeadStatus, daysInStage: number, stage: { id: string } | null } } };

export type MyQueueViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQueueViewerQuery = { me: { id: string, role: Role, teams: Array<{ id: string, name: string }> } };

export type MyQueueQueryVariables = Exact<{
  ownerIds: Array<string> | string;
  queueTeamIds?: Array<string | null | undefined> | string | null | undefined;
}>;


export type MyQueueQuery = { myLeads: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'QueueLeadRow_LeadFragment': QueueLeadRow_LeadFragment } }
      ) }> }, teamQueue: { totalCount: number, edges: Array<{ node: (
        { id: string, fullName: string, queueTeam: { id: string, name: string } | null }
        & { ' $fragmentRefs'?: { 'QueueLeadRow_LeadFragment': QueueLeadRow_LeadFragment } }
      ) }> } };

export type QueueLeadRow_LeadFragment = { id: string, fullName: string, company: string | null, status: LeadStatus, score: number, grade: string | null, createdAt: string } & { ' $fragmentName'?: 'QueueLeadRow_LeadFragment' };

export type RoutingAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingAdminQuery = { me: { id: string, role: Role }, assignmentRules: { edges: Array<{ node: { id: string, name: string, strategy: RoutingStrategy, priority: number, active: boolean, conditionMatch: ConditionMatch, respectWorkingHours: boolean, conditions: Array<{ field: string, operator: ScoringOperator, value: unknown }>, team: { id: string, name: string } | null, user: { id: string, name: string } | null } }> }, territories: { edges: Array<{ node: { id: string, name: string, priority: number, active: boolean, criteriaMatch: ConditionMatch, distribution: TerritoryDistribution, criteria: Array<{ field: string, operator: ScoringOperator, value: unknown }>, team: { id: string, name: string } | null, user: { id: string, name: string } | null } }> }, teams: { edges: Array<{ node: { id: string, name: string } }> }, users: { edges: Array<{ node: { id: string, name: string, active: boolean } }> } };

export type TestAssignmentQueryVariables = Exact<{
  input: TestAssignmentInput;
}>;


export type TestAssignmentQuery = { testAssignment: { type: AssignmentType | null, reason: string | null, rule: { id: string, name: string } | null, user: { id: string, name: string } | null, queueTeam: { id: string, name: string } | null } };

export type WorkloadTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkloadTeamsQuery = { teams: { edges: Array<{ node: { id: string, name: string } }> } };

export type TeamWorkloadFieldsFragment = { queued: number, team: { id: string, name: string }, reps: Array<{ openLeads: number, assignedToday: number, capacity: number | null, available: boolean, working: boolean, slaMetPercent: number | null, slaBreaches: number, medianFirstContactMinutes: number | null, averageFirstContactMinutes: number | null, user: { id: string, name: string } }> } & { ' $fragmentName'?: 'TeamWorkloadFieldsFragment' };

export type TeamWorkloadQueryVariables = Exact<{
  teamId: string;
}>;


export type TeamWorkloadQuery = { teamWorkload: { queued: number, team: { id: string, name: string }, reps: Array<{ openLeads: number, assignedToday: number, capacity: number | null, available: boolean, working: boolean, slaMetPercent: number | null, slaBreaches: number, medianFirstContactMinutes: number | null, averageFirstContactMinutes: number | null, user: { id: string, name: string } }> } };

export type WorkloadChangedSubscriptionVariables = Exact<{
  teamId: string;
}>;


export type WorkloadChangedSubscription = { workloadChanged: { queued: number, team: { id: string, name: string }, reps: Array<{ openLeads: number, assignedToday: number, capacity: number | null, available: boolean, working: boolean, slaMetPercent: number | null, slaBreaches: number, medianFirstContactMinutes: number | null, averageFirstContactMinutes: number | null, user: { id: string, name: string } }> } };

export type ClaimLeadMutationVariables = Exact<{
  input: ClaimLeadInput;
}>;


export type ClaimLeadMutation = { claimLead: { lead: { id: string, assignedTo: { id: string, name: string } | null, queueTeam: { id: string } | null } } };

export type UpdateAvailabilityMutationVariables = Exact<{
  input: UpdateSalesProfileInput;
}>;


export type UpdateAvailabilityMutation = { updateSalesProfile: { profile: { available: boolean, user: { id: string } } } };

export type CreateAssignmentRuleMutationVariables = Exact<{
  input: CreateAssignmentRuleInput;
}>;


export type CreateAssignmentRuleMutation = { createAssignmentRule: { rule: { id: string } } };

export type UpdateAssignmentRuleMutationVariables = Exact<{
  input: UpdateAssignmentRuleInput;
}>;


export type UpdateAssignmentRuleMutation = { updateAssignmentRule: { rule: { id: string } } };

export type DeleteAssignmentRuleMutationVariables = Exact<{
  input: DeleteAssignmentRuleInput;
}>;


export type DeleteAssignmentRuleMutation = { deleteAssignmentRule: { id: string } };

export type ReorderAssignmentRulesMutationVariables = Exact<{
  input: ReorderAssignmentRulesInput;
}>;


export type ReorderAssignmentRulesMutation = { reorderAssignmentRules: { rules: Array<{ id: string, priority: number }> } };

export type CreateTerritoryMutationVariables = Exact<{
  input: CreateTerritoryInput;
}>;


export type CreateTerritoryMutation = { createTerritory: { territory: { id: string } } };

export type UpdateTerritoryMutationVariables = Exact<{
  input: UpdateTerritoryInput;
}>;


export type UpdateTerritoryMutation = { updateTerritory: { territory: { id: string } } };

export type DeleteTerritoryMutationVariables = Exact<{
  input: DeleteTerritoryInput;
}>;


export type DeleteTerritoryMutation = { deleteTerritory: { id: string } };

export type MyLeadAssignedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyLeadAssignedSubscription = { leadAssigned: { type: AssignmentType, lead: { id: string, fullName: string } } };

export type DeleteScoringRuleMutationVariables = Exact<{
  input: DeleteScoringRuleInput;
}>;


export type DeleteScoringRuleMutation = { deleteScoringRule: { id: string } };

export type ScoringRunFieldsFragment = { id: string, status: ScoringRunStatus, reason: ScoreChangeReason, total: number, processed: number, changed: number, progress: number, error: string | null, finishedAt: string | null } & { ' $fragmentName'?: 'ScoringRunFieldsFragment' };

export type LatestScoringRunQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestScoringRunQuery = { scoringRuns: { edges: Array<{ node: { id: string, status: ScoringRunStatus, reason: ScoreChangeReason, total: number, processed: number, changed: number, progress: number, error: string | null, finishedAt: string | null } }> } };

export type ScoringRunUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ScoringRunUpdatedSubscription = { scoringRunUpdated: { id: string, status: ScoringRunStatus, reason: ScoreChangeReason, total: number, processed: number, changed: number, progress: number, error: string | null, finishedAt: string | null } };

export type RescoreAllLeadsMutationVariables = Exact<{ [key: string]: never; }>;


export type RescoreAllLeadsMutation = { rescoreLeads: { run: { id: string, status: ScoringRunStatus, reason: ScoreChangeReason, total: number, processed: number, changed: number, progress: number, error: string | null, finishedAt: string | null } } };

export type CreateScoringRuleMutationVariables = Exact<{
  input: CreateScoringRuleInput;
}>;


export type CreateScoringRuleMutation = { createScoringRule: { rule: { id: string } } };

export type UpdateScoringRuleMutationVariables = Exact<{
  input: UpdateScoringRuleInput;
}>;


export type UpdateScoringRuleMutation = { updateScoringRule: { rule: { id: string } } };

export type ScoringImpactQueryVariables = Exact<{
  input: ScoringImpactInput;
}>;


export type ScoringImpactQuery = { scoringImpact: { leadsEvaluated: number, scoresChanged: number, gradesChanged: number, gradeTransitions: Array<{ from: string | null, to: string, count: number }>, before: { average: number | null }, after: { average: number | null } } };

export type RulePreviewLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type RulePreviewLeadsQuery = { leads: { edges: Array<{ node: { id: string, fullName: string, score: number, firstName: string | null, lastName: string | null, email: string | null, phone: string | null, jobTitle: string | null, company: string | null, industry: string | null, companySize: string | null, employees: number | null, annualRevenue: number | null, website: string | null, street: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, source: string | null, campaign: string | null, utmSource: string | null, utmMedium: string | null, utmCampaign: string | null, utmTerm: string | null, utmContent: string | null, status: LeadStatus, tags: Array<string>, emailOpens: number, emailClicks: number, websiteVisits: number, formSubmissions: number, lastEngagementAt: string | null, doNotCall: boolean, doNotEmail: boolean, preferredContactMethod: ContactMethod | null, customFields: Record<string, unknown>, createdAt: string } }> } };

export type SetScoringRuleActiveMutationVariables = Exact<{
  input: UpdateScoringRuleInput;
}>;


export type SetScoringRuleActiveMutation = { updateScoringRule: { rule: { id: string, active: boolean } } };

export type ScoringPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringPageQuery = { me: { id: string, role: Role }, scoreDistribution: { total: number, average: number | null, buckets: Array<{ from: number, to: number, count: number }>, grades: Array<{ grade: string, count: number }> }, scoringSettings: { decayPointsPerWeek: number, categoryCaps: Array<{ category: ScoringCategory, cap: number }>, gradeThresholds: { A: number, B: number, C: number } }, scoringRules: { edges: Array<{ node: { id: string, name: string, description: string | null, category: ScoringCategory, field: string, operator: ScoringOperator, value: unknown, points: number, priority: number, exclusiveGroup: string | null, active: boolean } }> } };

export type AppShellQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQuery = { me: (
    { id: string, role: Role, organization: { id: string, name: string } }
    & { ' $fragmentRefs'?: { 'UserMenu_UserFragment': UserMenu_UserFragment } }
  ) };

export type UserMenu_UserFragment = { id: string, name: string, email: string, role: Role } & { ' $fragmentName'?: 'UserMenu_UserFragment' };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, type: TaskType, priority: TaskPriority, dueAt: string | null, overdue: boolean, lead: { id: string, fullName: string } | null } }> } };

export type CompleteTaskMutationVariables = Exact<{
  input: CompleteTaskInput;
}>;


export type CompleteTaskMutation = { completeTask: { task: { id: string, status: TaskStatus } } };

export type TaskRemindersSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskRemindersSubscription = { taskReminders: { task: { id: string, title: string, dueAt: string | null, lead: { id: string, fullName: string } | null } } };

export const ImportProgress_JobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProgress_job"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ImportProgress_JobFragment, unknown>;
export const LeadAssignment_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadAssignment_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadAssignment_LeadFragment, unknown>;
export const LeadHeader_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadHeader_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadHeader_LeadFragment, unknown>;
export const ScoreBreakdown_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreBreakdown_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"matchedValue"}}]}}]}}]} as unknown as DocumentNode<ScoreBreakdown_LeadFragment, unknown>;
export const ScoreHistory_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreHistory_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoreHistory_LeadFragment, unknown>;
export const LeadRow_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadRow_LeadFragment, unknown>;
export const QueueLeadRow_LeadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueLeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<QueueLeadRow_LeadFragment, unknown>;
export const TeamWorkloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamWorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamWorkload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openLeads"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToday"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"working"}},{"kind":"Field","name":{"kind":"Name","value":"slaMetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreaches"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstContactMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstContactMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TeamWorkloadFieldsFragment, unknown>;
export const ScoringRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ScoringRunFieldsFragment, unknown>;
export const UserMenu_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenu_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<UserMenu_UserFragment, unknown>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ViewerRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ViewerRoleQuery, ViewerRoleQueryVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const DeleteCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCampaignMutation, DeleteCampaignMutationVariables>;
export const ArchiveCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ARCHIVED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveCampaignMutation, ArchiveCampaignMutationVariables>;
export const CaptureLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaptureLogPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captureEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKey"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaptureLogPageQuery, CaptureLogPageQueryVariables>;
export const UpdateFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFormMutation, UpdateFormMutationVariables>;
export const CreateFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFormMutation, CreateFormMutationVariables>;
export const FormsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"embedPath"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thankYouUrl"}},{"kind":"Field","name":{"kind":"Name","value":"honeypotField"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMapping"}},{"kind":"Field","name":{"kind":"Name","value":"verifyToken"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormsPageQuery, FormsPageQueryVariables>;
export const DeleteFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteFormMutation, DeleteFormMutationVariables>;
export const CreateWebhookSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookSourceMutation, CreateWebhookSourceMutationVariables>;
export const UpdateWebhookSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookSourceMutation, UpdateWebhookSourceMutationVariables>;
export const DeleteWebhookSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookSourceMutation, DeleteWebhookSourceMutationVariables>;
export const DuplicatesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicatesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateClusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"uncheckedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicatesPageQuery, DuplicatesPageQueryVariables>;
export const FindDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindDuplicatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}}]}}]}}]}}]} as unknown as DocumentNode<FindDuplicatesQuery, FindDuplicatesQueryVariables>;
export const MergeLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"undoableUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"master"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<MergeLeadsMutation, MergeLeadsMutationVariables>;
export const UndoMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}}]}}]}}]}}]} as unknown as DocumentNode<UndoMergeMutation, UndoMergeMutationVariables>;
export const ExportLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"bom"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ExportLeadsQuery, ExportLeadsQueryVariables>;
export const StartImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StartImportMutation, StartImportMutationVariables>;
export const ImportMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestImportMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}}]}}]} as unknown as DocumentNode<ImportMappingQuery, ImportMappingQueryVariables>;
export const ImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ColumnMappingInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDuplicatePolicy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"Argument","name":{"kind":"Name","value":"duplicatePolicy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsExamined"}},{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"skip"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"junk"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const ImportJobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProgress_job"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProgress_job"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ImportJobProgressQuery, ImportJobProgressQueryVariables>;
export const ImportProgressUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImportProgressUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProgress_job"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProgress_job"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ImportProgressUpdatesSubscription, ImportProgressUpdatesSubscriptionVariables>;
export const CancelImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProgress_job"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProgress_job"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<CancelImportMutation, CancelImportMutationVariables>;
export const UndoImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportProgress_job"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportProgress_job"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<UndoImportMutation, UndoImportMutationVariables>;
export const RecentImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"errorReportUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecentImportsQuery, RecentImportsQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const TestWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]}}]} as unknown as DocumentNode<TestWebhookEndpointMutation, TestWebhookEndpointMutationVariables>;
export const LeadPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadHeader_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreBreakdown_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreHistory_lead"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadAssignment_lead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadHeader_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreBreakdown_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"matchedValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreHistory_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadAssignment_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadPageQuery, LeadPageQueryVariables>;
export const LeadTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadTasksQuery, LeadTasksQueryVariables>;
export const CreateLeadTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeadTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadTaskMutation, CreateLeadTaskMutationVariables>;
export const LeadTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadTimelineQuery, LeadTimelineQueryVariables>;
export const LogActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<LogActivityMutation, LogActivityMutationVariables>;
export const ReassignUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReassignUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReassignUsersQuery, ReassignUsersQueryVariables>;
export const AssignLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignLeadMutation, AssignLeadMutationVariables>;
export const LeadStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadStageQuery, LeadStageQueryVariables>;
export const LeadPageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LeadPageEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadPageEventsSubscription, LeadPageEventsSubscriptionVariables>;
export const LeadsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow_lead"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadsPageQuery, LeadsPageQueryVariables>;
export const NewLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewLeadMutation, NewLeadMutationVariables>;
export const OwnerFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnerFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnerFilterQuery, OwnerFilterQueryVariables>;
export const LeadEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LeadEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LeadEventsSubscription, LeadEventsSubscriptionVariables>;
export const NotificationBellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationBell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PipelineColumnPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineColumnPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SCORE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineColumnPageQuery, PipelineColumnPageQueryVariables>;
export const PipelineInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineInsights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysInStage"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineInsightsQuery, PipelineInsightsQueryVariables>;
export const CreatePipelineStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePipelineStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePipelineStageMutation, CreatePipelineStageMutationVariables>;
export const UpdatePipelineStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePipelineStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePipelineStageMutation, UpdatePipelineStageMutationVariables>;
export const ReorderPipelineStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderPipelineStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderPipelineStagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderPipelineStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderPipelineStagesMutation, ReorderPipelineStagesMutationVariables>;
export const RetirePipelineStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetirePipelineStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineStageIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RetirePipelineStageMutation, RetirePipelineStageMutationVariables>;
export const PipelineStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PipelineStagesQuery, PipelineStagesQueryVariables>;
export const PipelineBoardEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PipelineBoardEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"stageId"}},{"kind":"Field","name":{"kind":"Name","value":"previousStageId"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineBoardEventsSubscription, PipelineBoardEventsSubscriptionVariables>;
export const MoveLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoveLeadMutation, MoveLeadMutationVariables>;
export const MyQueueViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQueueViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyQueueViewerQuery, MyQueueViewerQueryVariables>;
export const MyQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queueTeamIds"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"myLeads"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignedToIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"},{"kind":"EnumValue","value":"CONTACTED"},{"kind":"EnumValue","value":"QUALIFIED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SCORE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueLeadRow_lead"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"teamQueue"},"name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unassigned"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"queueTeamIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queueTeamIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"},{"kind":"EnumValue","value":"CONTACTED"},{"kind":"EnumValue","value":"QUALIFIED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SCORE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"queueTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueLeadRow_lead"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueLeadRow_lead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyQueueQuery, MyQueueQueryVariables>;
export const RoutingAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"conditionMatch"}},{"kind":"Field","name":{"kind":"Name","value":"respectWorkingHours"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaMatch"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutingAdminQuery, RoutingAdminQueryVariables>;
export const TestAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TestAssignmentQuery, TestAssignmentQueryVariables>;
export const WorkloadTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkloadTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkloadTeamsQuery, WorkloadTeamsQueryVariables>;
export const TeamWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamWorkloadFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamWorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamWorkload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openLeads"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToday"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"working"}},{"kind":"Field","name":{"kind":"Name","value":"slaMetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreaches"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstContactMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstContactMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TeamWorkloadQuery, TeamWorkloadQueryVariables>;
export const WorkloadChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkloadChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workloadChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamWorkloadFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamWorkloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamWorkload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openLeads"}},{"kind":"Field","name":{"kind":"Name","value":"assignedToday"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"working"}},{"kind":"Field","name":{"kind":"Name","value":"slaMetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreaches"}},{"kind":"Field","name":{"kind":"Name","value":"medianFirstContactMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstContactMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkloadChangedSubscription, WorkloadChangedSubscriptionVariables>;
export const ClaimLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimLeadMutation, ClaimLeadMutationVariables>;
export const UpdateAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSalesProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSalesProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAvailabilityMutation, UpdateAvailabilityMutationVariables>;
export const CreateAssignmentRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssignmentRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignmentRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAssignmentRuleMutation, CreateAssignmentRuleMutationVariables>;
export const UpdateAssignmentRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssignmentRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssignmentRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssignmentRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAssignmentRuleMutation, UpdateAssignmentRuleMutationVariables>;
export const DeleteAssignmentRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAssignmentRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAssignmentRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAssignmentRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAssignmentRuleMutation, DeleteAssignmentRuleMutationVariables>;
export const ReorderAssignmentRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderAssignmentRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderAssignmentRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAssignmentRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderAssignmentRulesMutation, ReorderAssignmentRulesMutationVariables>;
export const CreateTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTerritoryMutation, CreateTerritoryMutationVariables>;
export const UpdateTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTerritoryMutation, UpdateTerritoryMutationVariables>;
export const DeleteTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTerritoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTerritoryMutation, DeleteTerritoryMutationVariables>;
export const MyLeadAssignedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyLeadAssigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAssigned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"toMe"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<MyLeadAssignedSubscription, MyLeadAssignedSubscriptionVariables>;
export const DeleteScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteScoringRuleMutation, DeleteScoringRuleMutationVariables>;
export const LatestScoringRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestScoringRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringRunFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<LatestScoringRunQuery, LatestScoringRunQueryVariables>;
export const ScoringRunUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScoringRunUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringRunUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringRunFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ScoringRunUpdatedSubscription, ScoringRunUpdatedSubscriptionVariables>;
export const RescoreAllLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescoreAllLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescoreLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoringRunFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"unmask"}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoringRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<RescoreAllLeadsMutation, RescoreAllLeadsMutationVariables>;
export const CreateScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScoringRuleMutation, CreateScoringRuleMutationVariables>;
export const UpdateScoringRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScoringRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScoringRuleMutation, UpdateScoringRuleMutationVariables>;
export const ScoringImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoringImpactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"scoresChanged"}},{"kind":"Field","name":{"kind":"Name","value":"gradesChanged"}},{"kind":"Field","name":{"kind":"Name","value":"gradeTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringImpactQuery, ScoringImpactQueryVariables>;
export const RulePreviewLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulePreviewLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"companySize"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"utmSource"}},{"kind":"Field","name":{"kind":"Name","value":"utmMedium"}},{"kind":"Field","name":{"kind":"Name","value":"utmCampaign"}},{"kind":"Field","name":{"kind":"Name","value":"utmTerm"}},{"kind":"Field","name":{"kind":"Name","value":"utmContent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"emailOpens"}},{"kind":"Field","name":{"kind":"Name","value":"emailClicks"}},{"kind":"Field","name":{"kind":"Name","value":"websiteVisits"}},{"kind":"Field","name":{"kind":"Name","value":"formSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagementAt"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"doNotEmail"}},{"kind":"Field","name":{"kind":"Name","value":"preferredContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulePreviewLeadsQuery, RulePreviewLeadsQueryVariables>;
export const SetScoringRuleActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetScoringRuleActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScoringRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScoringRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<SetScoringRuleActiveMutation, SetScoringRuleActiveMutationVariables>;
export const ScoringPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decayPointsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"A"}},{"kind":"Field","name":{"kind":"Name","value":"B"}},{"kind":"Field","name":{"kind":"Name","value":"C"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"exclusiveGroup"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScoringPageQuery, ScoringPageQueryVariables>;
export const AppShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMenu_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenu_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<AppShellQuery, AppShellQueryVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const CompleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const TaskRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskRemindersSubscription, TaskRemindersSubscriptionVariables>;