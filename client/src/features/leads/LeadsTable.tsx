import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TableSortLabel from "@mui/material/TableSortLabel";
import type { ComponentProps } from "react";
import type { LeadOrder, LeadOrderField } from "../../api/gql/graphql";
import { LEAD_COLUMNS } from "./leadColumns";
import { LeadRow } from "./LeadRow";

type LeadRef = ComponentProps<typeof LeadRow>["lead"] & { readonly id: string };

// Numbers and dates read best biggest/newest first, names A to Z.
const FIRST_DIRECTION: Partial<Record<LeadOrderField, LeadOrder["direction"]>> = {
  SCORE: "DESC",
  CREATED_AT: "DESC",
  UPDATED_AT: "DESC",
};

interface LeadsTableProps {
  readonly leads: readonly LeadRef[];
  readonly orderBy: LeadOrder;
  readonly onSort: (orderBy: LeadOrder) => void;
  /** Whether the first page is still loading (so "no leads" would be premature). */
  readonly loading: boolean;
}

/** The leads grid: sortable column headers (sorted by the server) and one row per lead. */
export function LeadsTable({ leads, orderBy, onSort, loading }: LeadsTableProps) {
  const sortBy = (field: LeadOrderField) => {
    if (field === orderBy.field) onSort({ field, direction: orderBy.direction === "ASC" ? "DESC" : "ASC" });
    else onSort({ field, direction: FIRST_DIRECTION[field] ?? "ASC" });
  };

  return (
    <TableContainer sx={{ flex: 1, minHeight: 0 }}>
      {/* Fixed layout: columns keep their share of the width, rows stay one line (Dynamics-style),
          and below 1100px the grid scrolls sideways rather than squeezing. */}
      <Table aria-label="Leads" size="small" stickyHeader sx={{ tableLayout: "fixed", minWidth: 1100 }}>
        <TableHead>
          <TableRow>
            {LEAD_COLUMNS.map((column) => {
              const sorted = column.sortField === orderBy.field;
              const direction = orderBy.direction === "ASC" ? "asc" : "desc";
              return (
                <TableCell
                  key={column.id}
                  align={column.align}
                  sortDirection={sorted ? direction : false}
                  sx={{ width: column.width }}
                >
                  {column.sortField ? (
                    <TableSortLabel
                      active={sorted}
                      direction={sorted ? direction : "asc"}
                      onClick={() => column.sortField && sortBy(column.sortField)}
                    >
                      {column.label}
                    </TableSortLabel>
                  ) : (
                    column.label
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {leads.map((lead) => (
            <LeadRow key={lead.id} lead={lead} />
          ))}
          {leads.length === 0 && !loading && (
            <TableRow>
              <TableCell colSpan={LEAD_COLUMNS.length} align="center" sx={{ py: 6, color: "text.secondary" }}>
                No leads match these filters.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
