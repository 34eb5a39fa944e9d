import { cleanText } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { normalizeOrigin } from "../campaigns/campaign-validation.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { CampaignStatus } from "../campaigns/campaign.enums.js";
import { FORM_INPUT_TYPES, isFormFieldName, type FormFieldSpec, type FormInputType } from "./form-fields.js";
import { LeadForm } from "./form.entity.js";
import type { CreateFormInput, UpdateFormInput } from "./form.inputs.js";
import type { FormFieldInput } from "./form.types.js";

const MAX_TEXT = 200;
const MAX_FIELDS = 20;
const MAX_ORIGINS = 20;

/**
 * A campaign of the viewer's organisation that may get new capture channels (not archived),
 * or BAD_USER_INPUT on `field`.
 */
export async function campaignOfViewer(em: EntityManager, viewer: Viewer, id: string, field = "campaignId") {
  const campaign = isUuid(id)
    ? await em.findOne(Campaign, { id, organization: viewer.organizationId })
    : null;
  if (!campaign) throw badInput(field, "is not a campaign of your organisation");
  if (campaign.status === CampaignStatus.ARCHIVED) throw badInput(field, "is an archived campaign");
  return campaign;
}

/** A live (not deleted) form of the viewer's organisation, or NOT_FOUND. */
async function formOfViewer(em: EntityManager, viewer: Viewer, id: string): Promise<LeadForm> {
  const form = isUuid(id)
    ? await em.findOne(LeadForm, { id, organization: viewer.organizationId, deletedAt: null })
    : null;
  if (!form) throw notFound("Form");
  return form;
}

function text(value: string, field: string): string {
  const cleaned = cleanText(value);
  if (!cleaned || cleaned.length > MAX_TEXT) throw badInput(field, `must be 1 to ${MAX_TEXT} characters`);
  return cleaned;
}

function checkFields(input: readonly FormFieldInput[]): FormFieldSpec[] {
  if (input.length === 0 || input.length > MAX_FIELDS)
    throw badInput("fields", `must hold 1 to ${MAX_FIELDS} fields`);
  const fields: FormFieldSpec[] = input.map((field) => {
    if (!isFormFieldName(field.name))
      throw badInput("fields.name", `"${field.name}" is not a lead form field`);
    const type = (field.type ?? "text") as FormInputType;
    if (!FORM_INPUT_TYPES.includes(type))
      throw badInput("fields.type", `must be one of ${FORM_INPUT_TYPES.join(", ")}`);
    return {
      name: field.name,
      label: text(field.label, "fields.label"),
      type,
      required: field.required ?? false,
    };
  });
  if (new Set(fields.map((f) => f.name)).size !== fields.length)
    throw badInput("fields", "must not repeat a field");
  return fields;
}

function checkThankYouUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badInput("thankYouUrl", "must be an absolute http(s) URL");
  }
  if (!["http:", "https:"].includes(url.protocol))
    throw badInput("thankYouUrl", "must be an absolute http(s) URL");
  return url.toString();
}

function checkMinFill(seconds: number): number {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 60)
    throw badInput("minFillSeconds", "must be from 0 to 60");
  return seconds;
}

function checkHoneypot(raw: string): string {
  const honeypot = text(raw, "honeypotField");
  if (isFormFieldName(honeypot) || !/^[a-z_][a-z0-9_]*$/i.test(honeypot))
    throw badInput("honeypotField", "must be a plain input name that is not a lead field");
  return honeypot;
}

function checkOrigins(origins: readonly string[]): string[] {
  if (origins.length > MAX_ORIGINS) throw badInput("allowedOrigins", `must hold at most ${MAX_ORIGINS}`);
  return [...new Set(origins.map((o) => normalizeOrigin(o, "allowedOrigins")))];
}

/** Creates a lead form after checking every field (names, types, URL, origins); MANAGER and above. */
export async function createForm(
  em: EntityManager,
  viewer: Viewer,
  input: CreateFormInput,
): Promise<LeadForm> {
  const form = em.create(LeadForm, {
    organization: viewer.organizationId,
    campaign: await campaignOfViewer(em, viewer, input.campaignId),
    name: text(input.name, "name"),
    fields: checkFields(input.fields),
    thankYouUrl: checkThankYouUrl(input.thankYouUrl),
    honeypotField: input.honeypotField ? checkHoneypot(input.honeypotField) : "website_url",
    minFillSeconds: checkMinFill(input.minFillSeconds ?? 3),
    allowedOrigins: checkOrigins(input.allowedOrigins ?? []),
  });
  await em.persist(form).flush();
  return form;
}

/** Changes the given settings of a form, each checked as at creation; all or nothing. */
export async function updateForm(
  em: EntityManager,
  viewer: Viewer,
  input: UpdateFormInput,
): Promise<LeadForm> {
  const form = await formOfViewer(em, viewer, input.id);
  // Every value is checked before any is assigned, so a refused change leaves the form as it was.
  const changes: Partial<LeadForm> = {
    // Moving is checked; naming the form's own (perhaps archived) campaign again is not a move.
    ...(input.campaignId != null &&
      input.campaignId !== form.campaign.id && {
        campaign: await campaignOfViewer(em, viewer, input.campaignId),
      }),
    ...(input.name != null && { name: text(input.name, "name") }),
    ...(input.fields != null && { fields: checkFields(input.fields) }),
    ...(input.thankYouUrl != null && { thankYouUrl: checkThankYouUrl(input.thankYouUrl) }),
    ...(input.honeypotField != null && { honeypotField: checkHoneypot(input.honeypotField) }),
    ...(input.minFillSeconds != null && { minFillSeconds: checkMinFill(input.minFillSeconds) }),
    ...(input.allowedOrigins != null && { allowedOrigins: checkOrigins(input.allowedOrigins) }),
  };
  em.assign(form, changes);
  await em.flush();
  return form;
}

/**
 * Deletes a form: it is kept as a tombstone (`deletedAt`) so its public URLs can answer 410 Gone
 * rather than an ambiguous 404, and the capture log's form ids still mean something. Its leads stay.
 */
export async function deleteForm(em: EntityManager, viewer: Viewer, id: string): Promise<void> {
  const form = await formOfViewer(em, viewer, id);
  form.deletedAt = new Date();
  await em.flush();
}
