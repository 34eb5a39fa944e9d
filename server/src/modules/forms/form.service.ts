import { cleanText } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { normalizeOrigin } from "../campaigns/campaign-validation.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { FORM_INPUT_TYPES, isFormFieldName, type FormFieldSpec, type FormInputType } from "./form-fields.js";
import { LeadForm } from "./form.entity.js";
import type { CreateFormInput } from "./form.inputs.js";

const MAX_TEXT = 200;

/** A campaign of the viewer's organisation, or BAD_USER_INPUT on `field`. */
export async function campaignOfViewer(em: EntityManager, viewer: Viewer, id: string, field = "campaignId") {
  const campaign = isUuid(id)
    ? await em.findOne(Campaign, { id, organization: viewer.organizationId })
    : null;
  if (!campaign) throw badInput(field, "is not a campaign of your organisation");
  return campaign;
}

function text(value: string, field: string): string {
  const cleaned = cleanText(value);
  if (!cleaned || cleaned.length > MAX_TEXT) throw badInput(field, `must be 1 to ${MAX_TEXT} characters`);
  return cleaned;
}

/** Creates a lead form after checking every field (names, types, URL, origins); MANAGER and above. */
export async function createForm(
  em: EntityManager,
  viewer: Viewer,
  input: CreateFormInput,
): Promise<LeadForm> {
  const campaign = await campaignOfViewer(em, viewer, input.campaignId);
  if (input.fields.length === 0 || input.fields.length > 20)
    throw badInput("fields", "must hold 1 to 20 fields");
  const fields: FormFieldSpec[] = input.fields.map((field) => {
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
  let thankYou: URL;
  try {
    thankYou = new URL(input.thankYouUrl);
  } catch {
    throw badInput("thankYouUrl", "must be an absolute http(s) URL");
  }
  if (!["http:", "https:"].includes(thankYou.protocol))
    throw badInput("thankYouUrl", "must be an absolute http(s) URL");
  const minFill = input.minFillSeconds ?? 3;
  if (!Number.isInteger(minFill) || minFill < 0 || minFill > 60)
    throw badInput("minFillSeconds", "must be from 0 to 60");
  const honeypot = input.honeypotField ? text(input.honeypotField, "honeypotField") : "website_url";
  if (isFormFieldName(honeypot) || !/^[a-z_][a-z0-9_]*$/i.test(honeypot))
    throw badInput("honeypotField", "must be a plain input name that is not a lead field");
  const form = em.create(LeadForm, {
    organization: viewer.organizationId,
    campaign,
    name: text(input.name, "name"),
    fields,
    thankYouUrl: thankYou.toString(),
    honeypotField: honeypot,
    minFillSeconds: minFill,
    allowedOrigins: [
      ...new Set((input.allowedOrigins ?? []).map((o) => normalizeOrigin(o, "allowedOrigins"))),
    ],
  });
  await em.persist(form).flush();
  return form;
}
