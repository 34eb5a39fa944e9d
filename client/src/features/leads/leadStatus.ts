import type { ChipProps } from "@mui/material/Chip";
import type { LeadStatus } from "../../api/gql/graphql";

interface StatusLook {
  readonly label: string;
  readonly color: ChipProps["color"];
}

/** Every lead status, in pipeline order, with how it is shown (a Record, so a new status won't compile until added). */
export const LEAD_STATUSES: Readonly<Record<LeadStatus, StatusLook>> = {
  NEW: { label: "New", color: "info" },
  CONTACTED: { label: "Contacted", color: "primary" },
  QUALIFIED: { label: "Qualified", color: "success" },
  CONVERTED: { label: "Converted", color: "secondary" },
  LOST: { label: "Lost", color: "default" },
};

export function isLeadStatus(value: string): value is LeadStatus {
  return Object.hasOwn(LEAD_STATUSES, value);
}
