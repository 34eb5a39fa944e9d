import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { QUEUE_COLUMNS } from "./QueueLeadRow";

interface QueueTableProps {
  readonly label: string;
  /** Header cells after the common columns. */
  readonly extraColumns?: readonly string[];
  readonly empty: string;
  readonly count: number;
  readonly children: ReactNode;
}

/** A small table of queue rows (QueueLeadRow), or a line saying it is empty. */
export function QueueTable({ label, extraColumns = [], empty, count, children }: QueueTableProps) {
  if (count === 0) {
    return (
      <Typography color="text.secondary" sx={{ py: 2 }}>
        {empty}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {[...QUEUE_COLUMNS, ...extraColumns].map((column) => (
            <TableCell key={column} align={column === "Score" || column === "Grade" ? "center" : undefined}>
              {column}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
