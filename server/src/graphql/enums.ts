import {
  ActivityType,
  ContactMethod,
  DuplicateReason,
  EmailDomainType,
  EnrichmentStatus,
  LeadEventType,
  LeadStatus,
  LostReason,
  Role,
  StageCategory,
  Staleness,
} from "@leadline/shared";
import { registerEnumType } from "type-graphql";

// The enums live in `shared/` (the SPA uses them too); here they are only named for the schema.
registerEnumType(Role, {
  name: "Role",
  description:
    "What a user may do: OWNER > ADMIN > MANAGER (all leads) > MEMBER (own leads) > VIEWER (read only).",
});
registerEnumType(LeadStatus, {
  name: "LeadStatus",
  description: "Where a lead stands in the sales process.",
});
registerEnumType(ContactMethod, {
  name: "ContactMethod",
  description: "How the lead prefers to be contacted.",
});
registerEnumType(LeadEventType, { name: "LeadEventType", description: "What happened to a lead." });
registerEnumType(StageCategory, {
  name: "StageCategory",
  description: "What reaching a pipeline stage means: OPEN (being worked), WON (converted), LOST.",
});
registerEnumType(LostReason, {
  name: "LostReason",
  description: "Why a lead was lost; OTHER needs words (the move's note).",
});
registerEnumType(ActivityType, {
  name: "ActivityType",
  description:
    "What happened on a lead's timeline. STATUS_CHANGE, ASSIGNMENT_CHANGE, SCORE_CHANGE and FIELD_UPDATE are written by Leadline only.",
});
registerEnumType(Staleness, {
  name: "Staleness",
  description: "How long a lead has gone untouched: FRESH, WARNING (30 days), ALERT (60 days).",
});
registerEnumType(DuplicateReason, {
  name: "DuplicateReason",
  description:
    "Why two leads are taken for the same person: same email, same phone, or similar name and company.",
});
registerEnumType(EmailDomainType, {
  name: "EmailDomainType",
  description: "BUSINESS, FREE (a free or disposable mail provider) or NONE.",
});
registerEnumType(EnrichmentStatus, {
  name: "EnrichmentStatus",
  description: "PENDING (not run yet), ENRICHED (something learnt) or NO_DATA (nothing to learn from).",
});

export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, { name: "SortDirection" });
