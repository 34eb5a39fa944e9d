import { LEAD_TEXT_LIMITS, MAX_CUSTOM_FIELDS_BYTES, MAX_TAG_LENGTH, MAX_TAGS } from "@leadline/shared";

const text = (what: string, field: keyof typeof LEAD_TEXT_LIMITS) =>
  `${what} Trimmed; at most ${LEAD_TEXT_LIMITS[field]} characters.`;

/**
 * One description per lead field, shared by Lead and the inputs that set it (CreateLeadInput,
 * UpdateLeadInput), so the same field reads the same everywhere. On the inputs, omitting a field leaves
 * it alone and null clears it.
 */
export const leadFieldDescriptions = {
  firstName: text("Given name.", "firstName"),
  lastName: text("Family name.", "lastName"),
  email: "Email address: validated and stored lower-cased; an invalid one is BAD_USER_INPUT naming `email`.",
  phone: "Phone number in any common notation, read in the lead's country (default US); stored as E.164.",
  jobTitle: text("Job title; scoring rules read it (e.g. seniority tiers).", "jobTitle"),
  company: text("Company name.", "company"),
  industry: text("Industry, free text (e.g. Software).", "industry"),
  companySize: text("Company size band, free text such as 51-200.", "companySize"),
  employees: "Number of employees: a whole number from 0 to 10,000,000.",
  annualRevenue: "Annual revenue in the organisation's currency, from 0 to 1e13.",
  dealValue:
    "Expected deal value in the organisation's currency, from 0 to 1e12; the pipeline sums it per stage.",
  website: "Company website; validated and stored as a normalised URL.",
  street: text("Street address.", "street"),
  city: text("City.", "city"),
  state: text("State, province or region.", "state"),
  postalCode: text("Postal or ZIP code.", "postalCode"),
  country: text("Country; a two-letter ISO code also decides how local phone numbers are read.", "country"),
  source: text("Channel the lead came from, e.g. paid_search, website, referral.", "source"),
  campaign: text(
    "Campaign name (captured leads get their campaign's name); scoring and list filters read it.",
    "campaign",
  ),
  utmSource: text("utm_source of the visit that brought the lead.", "utmSource"),
  utmMedium: text("utm_medium of the visit that brought the lead.", "utmMedium"),
  utmCampaign: text("utm_campaign of the visit that brought the lead.", "utmCampaign"),
  utmTerm: text("utm_term (paid keyword) of the visit that brought the lead.", "utmTerm"),
  utmContent: text("utm_content (ad or link variant) of the visit that brought the lead.", "utmContent"),
  status:
    "Where the lead stands (new leads: NEW unless given). A change moves the lead to the first live pipeline stage of that status under moveLead's rules (e.g. only a QUALIFIED lead converts; BAD_USER_INPUT otherwise) and records it in the stage history; LOST needs lostReason.",
  lostReason:
    "Why the lead was lost, as text: required with status LOST; a LostReason code or label is recorded as that code, any other text as OTHER with the text (at most 500 characters).",
  tags: `Free labels; trimmed and de-duplicated, at most ${MAX_TAGS} tags of ${MAX_TAG_LENGTH} characters each. On input the list replaces the lead's tags.`,
  doNotCall: "The lead asked not to be phoned; default false.",
  doNotEmail: "The lead asked not to be emailed; default false.",
  preferredContactMethod: "How the lead prefers to be contacted; null when unknown.",
  consent: "Marketing consent (GDPR/CASL evidence); on input, `at` is set to the time of the change.",
  customFields: `Organisation-specific fields as one JSON object (at most ${MAX_CUSTOM_FIELDS_BYTES} bytes as JSON); scoring rules read them as customFields.<key>.`,
} as const;

export type LeadFieldName = keyof typeof leadFieldDescriptions;

/** Entries `<typeName>.<field>` for every table field except those a decorator already describes there. */
export function leadFieldEntries(
  typeName: string,
  describedByDecorator: LeadFieldName[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(leadFieldDescriptions)
      .filter(([field]) => !describedByDecorator.includes(field as LeadFieldName))
      .map(([field, description]) => [`${typeName}.${field}`, description]),
  );
}
