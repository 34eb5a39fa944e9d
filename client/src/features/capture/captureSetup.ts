import type { FormsPageQuery } from "../../api/gql/graphql";

export type CampaignRow = FormsPageQuery["campaigns"]["edges"][number]["node"];
export type FormRow = FormsPageQuery["forms"]["edges"][number]["node"];
export type WebhookSourceRow = FormsPageQuery["webhookSources"]["edges"][number]["node"];

/** Origins typed one per line (or comma-separated) -> the list the API takes; blanks dropped. */
export function parseOrigins(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
}

/** The inputs a lead form may have (the server's list, in its order). */
export const FORM_FIELD_NAMES = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "company",
  "message",
  "service_interest",
  "urgency",
  "budget_range",
  "timeline",
] as const;

export const FORM_INPUT_TYPES = ["text", "email", "tel", "textarea"] as const;

/** Mutation options that reload the page's one query (it feeds all three sections) after a change. */
export const refreshPage = () => ({ refetchQueries: ["FormsPage"], awaitRefetchQueries: true });
