import { LEAD_TEXT_LIMITS } from "../lead-validation.js";

/**
 * The lead fields a merge lets a person pick per field (the side-by-side merge shows one radio per
 * field). Tags and engagement counters are not picked: tags are united and counters added up.
 */
export const MERGEABLE_LEAD_FIELDS = [
  ...(Object.keys(LEAD_TEXT_LIMITS) as (keyof typeof LEAD_TEXT_LIMITS)[]),
  "email",
  "phone",
  "website",
  "employees",
  "annualRevenue",
  "status",
  "doNotCall",
  "doNotEmail",
  "preferredContactMethod",
  "consent",
  "customFields",
  "assignedTo",
] as const;
export type MergeableLeadField = (typeof MERGEABLE_LEAD_FIELDS)[number];

export function isMergeableLeadField(field: string): field is MergeableLeadField {
  return (MERGEABLE_LEAD_FIELDS as readonly string[]).includes(field);
}
