import type { MergeableLeadField } from "@leadline/shared";

/** The fields the side-by-side merge offers a choice for (a subset of shared MERGEABLE_LEAD_FIELDS), in order. */
export const MERGE_FIELDS = [
  { field: "firstName", label: "First name" },
  { field: "lastName", label: "Last name" },
  { field: "email", label: "Email" },
  { field: "phone", label: "Phone" },
  { field: "company", label: "Company" },
  { field: "jobTitle", label: "Job title" },
  { field: "source", label: "Source" },
] as const satisfies readonly { field: MergeableLeadField; label: string }[];

export type MergeField = (typeof MERGE_FIELDS)[number]["field"];

/** Per field, the lead whose value to keep: by default the master's, or the first lead that has one. */
export function defaultChoices<L extends { id: string } & Partial<Record<MergeField, string | null>>>(
  leads: readonly L[],
  masterId: string,
): Record<MergeField, string> {
  const master = leads.find((lead) => lead.id === masterId) ?? leads[0]!;
  return Object.fromEntries(
    MERGE_FIELDS.map(({ field }) => [
      field,
      (master[field] ? master : leads.find((lead) => lead[field]))?.id ?? master.id,
    ]),
  ) as Record<MergeField, string>;
}
