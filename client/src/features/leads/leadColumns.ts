import type { LeadOrderField } from "../../api/gql/graphql";

export interface LeadColumn {
  readonly id: string;
  readonly label: string;
  /** The server-side order for this column, when it can be sorted. */
  readonly sortField?: LeadOrderField;
  readonly align?: "left" | "right" | "center";
  /** Share of the table's width (the table has a fixed layout, so long text is cut short). */
  readonly width: `${number}%`;
}

/** The leads table's columns, in order; LeadRow renders its cells in the same order. */
export const LEAD_COLUMNS: readonly LeadColumn[] = [
  { id: "name", label: "Name", sortField: "LAST_NAME", width: "13%" },
  { id: "company", label: "Company", sortField: "COMPANY", width: "13%" },
  { id: "email", label: "Email", width: "17%" },
  { id: "status", label: "Status", sortField: "STATUS", width: "10%" },
  { id: "score", label: "Score", sortField: "SCORE", align: "center", width: "8%" },
  { id: "grade", label: "Grade", align: "center", width: "6%" },
  { id: "owner", label: "Owner", width: "14%" },
  { id: "source", label: "Source", width: "10%" },
  { id: "created", label: "Created", sortField: "CREATED_AT", width: "9%" },
];
