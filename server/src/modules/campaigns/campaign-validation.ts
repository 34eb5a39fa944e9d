import { cleanText, normalizeEmail, normalizeWebsite } from "@leadline/shared";
import { badInput } from "../../graphql/errors.js";
import type { CampaignFieldsInput } from "./campaign.inputs.js";

const MAX_LIST = 20;
const MAX_NAME = 200;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A web origin as browsers send it (`https://host[:port]`), lower-cased; throws naming the field otherwise. */
export function normalizeOrigin(raw: string, field: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(field, `has "${raw}", which is not an origin such as https://www.example.com`);
  }
  if (!["http:", "https:"].includes(url.protocol) || url.pathname.length > 1 || url.search || url.hash)
    throw badInput(field, `has "${raw}", which is not an origin such as https://www.example.com`);
  return url.origin.toLowerCase();
}

export function validateCampaignName(raw: string): string {
  const name = cleanText(raw);
  if (!name || name.length > MAX_NAME) throw badInput("name", `must be 1 to ${MAX_NAME} characters`);
  return name;
}

/** Checks and normalises campaign fields (dates, amounts, URL, emails, origins); null clears, undefined keeps. */
export function validateCampaignFields(input: CampaignFieldsInput) {
  const { autoAssignToId: _assignee, ...fields } = input;
  const out: Record<string, unknown> = { ...fields };
  for (const field of ["startDate", "endDate"] as const) {
    const value = input[field];
    if (value && (!DATE.test(value) || Number.isNaN(Date.parse(value))))
      throw badInput(field, "must be a date as YYYY-MM-DD");
  }
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    throw badInput("endDate", "must not be before startDate");
  if (input.budget != null && (!Number.isFinite(input.budget) || input.budget < 0 || input.budget > 1e12))
    throw badInput("budget", "must be a number from 0 to 1e12");
  if (input.targetLeads != null && (input.targetLeads < 0 || input.targetLeads > 100_000_000))
    throw badInput("targetLeads", "must be from 0 to 100000000");
  if (input.landingPageUrl) {
    out.landingPageUrl = normalizeWebsite(input.landingPageUrl);
    if (!out.landingPageUrl) throw badInput("landingPageUrl", "is not a valid web address");
  }
  if (input.notificationEmails != null) {
    if (input.notificationEmails.length > MAX_LIST)
      throw badInput("notificationEmails", `must hold at most ${MAX_LIST}`);
    out.notificationEmails = input.notificationEmails.map((raw) => {
      const email = normalizeEmail(raw);
      if (!email) throw badInput("notificationEmails", `has "${raw}", which is not a valid email address`);
      return email;
    });
  }
  if (input.allowedOrigins != null) {
    if (input.allowedOrigins.length > MAX_LIST)
      throw badInput("allowedOrigins", `must hold at most ${MAX_LIST}`);
    out.allowedOrigins = [
      ...new Set(input.allowedOrigins.map((raw) => normalizeOrigin(raw, "allowedOrigins"))),
    ];
  }
  if (input.type === null) delete out.type;
  if (input.status === null) delete out.status;
  return out;
}
