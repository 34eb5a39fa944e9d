/** The inputs a web form may have, and where each lands in a capture (contact or lead details). */
export const FORM_FIELD_TARGETS = {
  firstName: "contact.firstName",
  lastName: "contact.lastName",
  email: "contact.email",
  phone: "contact.phone",
  company: "contact.company",
  message: "lead_details.message",
  service_interest: "lead_details.service_interest",
  urgency: "lead_details.urgency",
  budget_range: "lead_details.budget_range",
  timeline: "lead_details.timeline",
} as const;
export type FormFieldName = keyof typeof FORM_FIELD_TARGETS;

export const FORM_INPUT_TYPES = ["text", "email", "tel", "textarea"] as const;
export type FormInputType = (typeof FORM_INPUT_TYPES)[number];

export interface FormFieldSpec {
  name: FormFieldName;
  label: string;
  type: FormInputType;
  required: boolean;
}

export const isFormFieldName = (name: string): name is FormFieldName => name in FORM_FIELD_TARGETS;

/** Builds a capture payload (the API's shape) from a flat form post, so forms share the API's validation. */
export function formPostToPayload(
  campaignId: string,
  fields: readonly FormFieldSpec[],
  post: Record<string, unknown>,
): Record<string, unknown> {
  const payload: Record<string, Record<string, unknown>> = { contact: {}, lead_details: {} };
  for (const field of fields) {
    const value = post[field.name];
    if (typeof value !== "string" || value.trim() === "") continue;
    const [group, key] = FORM_FIELD_TARGETS[field.name].split(".") as [string, string];
    payload[group]![key] = value;
  }
  return {
    campaign_id: campaignId,
    source: "web_form",
    ...payload,
    form_metadata: { form_type: "embedded", consent_given: post.consent === "on" || post.consent === "true" },
  };
}
