import { validateLeadFields, type LeadFieldsInput } from "@leadline/shared";
import { z } from "zod";
import { invalidField } from "./capture-errors.js";

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`).nullish();

/** The capture API's body (the seed spec's shape). Unknown keys are ignored, so integrators may send extras. */
export const capturePayloadSchema = z.object({
  campaign_id: z.string().max(100),
  source: text(100),
  contact: z.object({
    firstName: text(100),
    lastName: text(100),
    email: text(254),
    phone: text(50),
    company: text(200),
  }),
  lead_details: z
    .object({
      service_interest: text(200),
      urgency: text(50),
      message: text(5000),
      budget_range: text(100),
      timeline: text(100),
    })
    .nullish(),
  tracking: z
    .object({
      visitor_id: text(200),
      session_id: text(200),
      utm_source: text(200),
      utm_medium: text(200),
      utm_campaign: text(200),
      utm_term: text(200),
      utm_content: text(200),
      referrer_url: text(2000),
      landing_page_url: text(2000),
      user_agent: text(1000),
      ip_address: text(64),
    })
    .nullish(),
  form_metadata: z
    .object({
      form_type: text(100),
      form_version: text(50),
      consent_given: z.boolean("must be true or false").nullish(),
      timestamp: text(50),
    })
    .nullish(),
});
export type CapturePayload = z.infer<typeof capturePayloadSchema>;

/** Where each lead field came from in the payload, to name it in errors as the caller wrote it. */
const PAYLOAD_FIELD: Record<string, string> = {
  firstName: "contact.firstName",
  lastName: "contact.lastName",
  email: "contact.email",
  phone: "contact.phone",
  company: "contact.company",
  source: "source",
  utmSource: "tracking.utm_source",
  utmMedium: "tracking.utm_medium",
  utmCampaign: "tracking.utm_campaign",
  utmTerm: "tracking.utm_term",
  utmContent: "tracking.utm_content",
  customFields: "lead_details",
};

export interface CapturedLead {
  payload: CapturePayload;
  fields: LeadFieldsInput;
  consentGiven: boolean;
}

/**
 * Checks a capture body's shape, then validates and normalises the lead with the same shared
 * validator every channel uses. Throws a VALIDATION_ERROR naming the payload field at fault.
 */
export function parseCapturePayload(body: unknown, campaignName: string): CapturedLead {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw invalidField("body", "must be a JSON object", "INVALID_BODY");
  const parsed = capturePayloadSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "body";
    const missing = issue.code === "invalid_type" && valueAt(body, issue.path) === undefined;
    throw invalidField(
      field,
      missing ? "is required" : issue.message,
      missing ? "REQUIRED" : "INVALID_FIELD",
    );
  }
  const payload = parsed.data;
  const { contact, tracking, lead_details: details, form_metadata: meta } = payload;
  if (!contact.email?.trim() && !contact.phone?.trim())
    throw invalidField("contact.email", "is required (or contact.phone)", "REQUIRED");
  const result = validateLeadFields(
    {
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      company: contact.company,
      source: payload.source ?? "website",
      campaign: campaignName,
      utmSource: tracking?.utm_source,
      utmMedium: tracking?.utm_medium,
      utmCampaign: tracking?.utm_campaign,
      utmTerm: tracking?.utm_term,
      utmContent: tracking?.utm_content,
      customFields: withoutEmpty({
        leadDetails: details && withoutEmpty(details),
        tracking: tracking && withoutEmpty(omit(tracking, UTM_KEYS)),
        formMetadata: meta && withoutEmpty(omit(meta, ["consent_given"])),
      }),
    },
    "create",
  );
  if (!result.ok) {
    const [error] = result.errors;
    throw invalidField(PAYLOAD_FIELD[error!.field] ?? error!.field, error!.message);
  }
  return { payload, fields: result.value, consentGiven: meta?.consent_given === true };
}

function valueAt(body: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined,
    body,
  );
}

const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"];

function omit<T extends object>(value: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as Partial<T>;
}

/** Drops null, undefined and empty values, so custom fields hold only what was sent. */
function withoutEmpty(value: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) =>
        v !== null && v !== undefined && v !== "" && !(typeof v === "object" && Object.keys(v).length === 0),
    ),
  );
}
