import Chip from "@mui/material/Chip";
import type { LeadStatus } from "../../api/gql/graphql";
import { LEAD_STATUSES } from "./leadStatus";

export function LeadStatusChip({ status }: { status: LeadStatus }) {
  const { label, color } = LEAD_STATUSES[status];
  return <Chip label={label} color={color} variant={status === "NEW" ? "filled" : "outlined"} />;
}
