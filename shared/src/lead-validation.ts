import { type CountryCode, isSupportedCountry } from "libphonenumber-js/max";
import { type ContactMethod, type LeadStatus, LeadStatus as Status } from "./enums.js";
import type { LeadTextFields } from "./lead-fields.js";
import { cleanText, normalizeEmail, normalizePhone, normalizeWebsite } from "./normalize.js";

/** The lead fields a person or an integration may set. Every one is optional on update. */
export interface LeadFieldsInput extends LeadTextFields {
  employees?: number | null;
  annualRevenue?: number | null;
  /** What the deal is expected to be worth (the pipeline sums it per stage). */
  dealValue?: number | null;
  status?: LeadStatus | null;
  lostReason?: string | null;
  tags?: string[] | null;
  doNotCall?: boolean | null;
  doNotEmail?: boolean | null;
  preferredContactMethod?: ContactMethod | null;
  customFields?: Record<string, unknown> | null;
}

export interface FieldError {
  /** The input field at fault, as the caller named it (`email`, `tags`, `customFields`). */
  field: string;
  message: string;
}

export type LeadValidationResult =
  | { readonly ok: true; readonly value: LeadFieldsInput }
  | { readonly ok: false; readonly errors: FieldError[] };

/** Longest accepted text per field; anything longer is refused, never silently cut. */
export const LEAD_TEXT_LIMITS = {
  firstName: 100,
  lastName: 100,
  jobTitle: 150,
  company: 200,
  industry: 100,
  companySize: 50,
  street: 300,
  city: 100,
  state: 100,
  postalCode: 20,
  country: 100,
  source: 100,
  campaign: 200,
  utmSource: 200,
  utmMedium: 200,
  utmCampaign: 200,
  utmTerm: 200,
  utmContent: 200,
  lostReason: 500,
} as const satisfies Partial<Record<keyof LeadFieldsInput, number>>;

export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 50;
export const MAX_CUSTOM_FIELDS_BYTES = 16_384;
const MAX_EMPLOYEES = 10_000_000;
const MAX_ANNUAL_REVENUE = 1e13;
const MAX_DEAL_VALUE = 1e12;

/**
 * Validates and normalises lead fields: trims text, lower-cases the email, stores the phone as E.164,
 * checks numbers and limits. On create a lead must be identifiable (an email, a phone, a name or a company).
 * Every problem is reported with its field, so a form can show it next to the input.
 */
export function validateLeadFields(input: LeadFieldsInput, mode: "create" | "update"): LeadValidationResult {
  const errors: FieldError[] = [];
  const value: LeadFieldsInput = { ...input };

  for (const [field, limit] of Object.entries(LEAD_TEXT_LIMITS) as [
    keyof typeof LEAD_TEXT_LIMITS,
    number,
  ][]) {
    if (input[field] === undefined) continue;
    const cleaned = cleanText(input[field]);
    if (cleaned !== null && cleaned.length > limit)
      errors.push({ field, message: `must be at most ${limit} characters` });
    value[field] = cleaned;
  }

  if (input.email !== undefined) {
    const raw = cleanText(input.email);
    value.email = raw === null ? null : normalizeEmail(raw);
    if (raw !== null && value.email === null)
      errors.push({ field: "email", message: "is not a valid email address" });
  }

  if (input.phone !== undefined) {
    const raw = cleanText(input.phone);
    value.phone = raw === null ? null : normalizePhone(raw, phoneCountry(value.country ?? input.country));
    if (raw !== null && value.phone === null)
      errors.push({ field: "phone", message: "is not a valid phone number" });
  }

  if (input.website !== undefined) {
    const raw = cleanText(input.website);
    value.website = raw === null ? null : normalizeWebsite(raw);
    if (raw !== null && value.website === null)
      errors.push({ field: "website", message: "is not a valid web address" });
  }

  checkNumber(errors, "employees", input.employees, MAX_EMPLOYEES, true);
  checkNumber(errors, "annualRevenue", input.annualRevenue, MAX_ANNUAL_REVENUE, false);
  checkNumber(errors, "dealValue", input.dealValue, MAX_DEAL_VALUE, false);

  if (input.tags !== undefined && input.tags !== null) {
    const tags = [
      ...new Set(input.tags.map((tag) => cleanText(tag)).filter((tag): tag is string => tag !== null)),
    ];
    if (tags.length > MAX_TAGS) errors.push({ field: "tags", message: `must hold at most ${MAX_TAGS} tags` });
    if (tags.some((tag) => tag.length > MAX_TAG_LENGTH))
      errors.push({ field: "tags", message: `each tag must be at most ${MAX_TAG_LENGTH} characters` });
    value.tags = tags;
  }

  if (input.customFields !== undefined && input.customFields !== null) {
    if (new TextEncoder().encode(JSON.stringify(input.customFields)).length > MAX_CUSTOM_FIELDS_BYTES)
      errors.push({
        field: "customFields",
        message: `must be at most ${MAX_CUSTOM_FIELDS_BYTES} bytes as JSON`,
      });
  }

  // Null means "clear" for optional fields; required ones fall back to their empty value instead.
  if (input.tags === null) value.tags = [];
  if (input.customFields === null) value.customFields = {};
  if (input.doNotCall === null) value.doNotCall = false;
  if (input.doNotEmail === null) value.doNotEmail = false;
  if (input.status === null) delete value.status;

  if (value.status === Status.LOST && !value.lostReason)
    errors.push({ field: "lostReason", message: "is required when a lead is marked LOST" });

  if (
    mode === "create" &&
    !value.email &&
    !value.phone &&
    !value.lastName &&
    !value.firstName &&
    !value.company
  )
    errors.push({ field: "email", message: "a lead needs at least an email, a phone, a name or a company" });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

function checkNumber(
  errors: FieldError[],
  field: string,
  raw: number | null | undefined,
  max: number,
  integer: boolean,
): void {
  if (raw === undefined || raw === null) return;
  if (!Number.isFinite(raw) || raw < 0 || raw > max || (integer && !Number.isInteger(raw)))
    errors.push({ field, message: `must be a ${integer ? "whole number" : "number"} from 0 to ${max}` });
}

/** A two-letter ISO country code makes local phone numbers parse in that country; otherwise US. */
export function phoneCountry(country: string | null | undefined): CountryCode {
  const code = country?.trim().toUpperCase();
  return code && code.length === 2 && isSupportedCountry(code) ? code : "US";
}
