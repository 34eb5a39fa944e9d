import { ContactMethod, LeadStatus } from "../enums.js";
import { EmailDomainType, emailDomainType } from "./email-domain.js";
import type { ScorableLead, ScoringContext } from "./lead.js";
import { ScoringFieldType as T } from "./types.js";
import {
  customValue,
  daysBetween,
  isEmptyValue,
  type ResolvedField,
  storedValue,
  toTimestamp,
} from "./values.js";

export interface ScoringFieldDefinition {
  type: T;
  /** Shown in the rule builder. */
  label: string;
  /** The only values the field can hold: a rule comparing with anything else could never match. */
  options?: readonly string[];
  /** Derived from the lead and the clock, not stored on it. */
  computed?: boolean;
}

/** Every field a rule may read, besides `customFields.<key>`. */
export const SCORING_FIELDS = {
  firstName: { type: T.STRING, label: "First name" },
  lastName: { type: T.STRING, label: "Last name" },
  email: { type: T.STRING, label: "Email" },
  phone: { type: T.STRING, label: "Phone" },
  jobTitle: { type: T.STRING, label: "Job title" },
  company: { type: T.STRING, label: "Company" },
  industry: { type: T.STRING, label: "Industry" },
  companySize: { type: T.STRING, label: "Company size" },
  employees: { type: T.NUMBER, label: "Employees" },
  annualRevenue: { type: T.NUMBER, label: "Annual revenue" },
  website: { type: T.STRING, label: "Website" },
  street: { type: T.STRING, label: "Street" },
  city: { type: T.STRING, label: "City" },
  state: { type: T.STRING, label: "State" },
  postalCode: { type: T.STRING, label: "Postal code" },
  country: { type: T.STRING, label: "Country" },
  source: { type: T.STRING, label: "Source" },
  campaign: { type: T.STRING, label: "Campaign" },
  utmSource: { type: T.STRING, label: "UTM source" },
  utmMedium: { type: T.STRING, label: "UTM medium" },
  utmCampaign: { type: T.STRING, label: "UTM campaign" },
  utmTerm: { type: T.STRING, label: "UTM term" },
  utmContent: { type: T.STRING, label: "UTM content" },
  status: { type: T.STRING, label: "Status", options: Object.values(LeadStatus) },
  tags: { type: T.STRING_LIST, label: "Tags" },
  emailOpens: { type: T.NUMBER, label: "Email opens" },
  emailClicks: { type: T.NUMBER, label: "Email clicks" },
  websiteVisits: { type: T.NUMBER, label: "Website visits" },
  formSubmissions: { type: T.NUMBER, label: "Form submissions" },
  lastEngagementAt: { type: T.DATE, label: "Last engagement" },
  doNotCall: { type: T.BOOLEAN, label: "Do not call" },
  doNotEmail: { type: T.BOOLEAN, label: "Do not email" },
  preferredContactMethod: {
    type: T.STRING,
    label: "Preferred contact method",
    options: Object.values(ContactMethod),
  },
  daysSinceCreated: { type: T.NUMBER, label: "Days since created", computed: true },
  daysSinceLastActivity: { type: T.NUMBER, label: "Days since last activity", computed: true },
  emailDomainType: {
    type: T.STRING,
    label: "Email domain type",
    options: Object.values(EmailDomainType),
    computed: true,
  },
  hasPhone: { type: T.BOOLEAN, label: "Has phone", computed: true },
  activitiesCount: { type: T.NUMBER, label: "Activities", computed: true },
} as const satisfies Record<string, ScoringFieldDefinition>;

export type ScoringFieldName = keyof typeof SCORING_FIELDS;

export const CUSTOM_FIELD_PREFIX = "customFields.";

/** The registry entry of `field`, or null for a custom or unknown field. */
export function scoringField(field: string): ScoringFieldDefinition | null {
  return Object.hasOwn(SCORING_FIELDS, field) ? SCORING_FIELDS[field as ScoringFieldName] : null;
}

/** The key of a `customFields.<key>` field, or null when `field` is not one. */
export function customFieldKey(field: string): string | null {
  if (!field.startsWith(CUSTOM_FIELD_PREFIX)) return null;
  const key = field.slice(CUSTOM_FIELD_PREFIX.length).trim();
  return key === "" ? null : key;
}

/**
 * `field` as people read it: the registry's label, or a custom field's key in words ("budgetRange" and
 * "budget_range" read "Budget range"; upper-case words such as "NPS" stay as they are).
 */
export function scoringFieldLabel(field: string): string {
  const known = scoringField(field);
  if (known) return known.label;
  const key = customFieldKey(field);
  if (key === null) return field;
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_.-]+/)
    .filter((word) => word !== "")
    .map((word) => (/^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()));
  const text = words.join(" ");
  return text === "" ? key : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The value and type of `field` for `lead`, computed fields included; null for an unknown field.
 * A custom field's type follows its value: a number or numeric text is a NUMBER, a list a STRING_LIST.
 */
export function resolveField(
  lead: ScorableLead,
  field: string,
  context: ScoringContext,
): ResolvedField | null {
  const key = customFieldKey(field);
  if (key !== null) {
    const custom = lead.customFields;
    // hasOwn: a key such as "constructor" must not read the prototype.
    return customValue(custom && Object.hasOwn(custom, key) ? custom[key] : null);
  }
  const definition = scoringField(field);
  if (!definition) return null;
  const type = definition.type;
  switch (field as ScoringFieldName) {
    case "daysSinceCreated": {
      const created = toTimestamp(lead.createdAt);
      return { type, value: created === null ? null : daysBetween(created, context.now) };
    }
    case "daysSinceLastActivity": {
      const times = [lead.lastActivityAt, lead.lastEngagementAt].map(toTimestamp).filter((t) => t !== null);
      return { type, value: times.length === 0 ? null : daysBetween(Math.max(...times), context.now) };
    }
    case "emailDomainType":
      return { type, value: emailDomainType(lead.email) };
    case "hasPhone":
      return { type, value: !isEmptyValue(lead.phone) };
    default:
      return { type, value: storedValue(type, lead[field as keyof ScorableLead]) };
  }
}
