import AddIcon from "@mui/icons-material/Add";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { type ReactNode, useState } from "react";
import { EditDeleteButtons } from "./EditDeleteButtons";

interface AdminTableProps<Row extends { readonly id: string; readonly name: string }> {
  /** The section's heading, and the table's accessible name. */
  readonly title: string;
  readonly headingId: string;
  /** Said instead of the table when there are no rows. */
  readonly emptyText: string;
  /** The headers of the columns before Actions. */
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  /** A row's cells, one for each of `columns`. */
  readonly cells: (row: Row) => ReactNode;
  /** A row's buttons between Edit and Delete. */
  readonly moreActions?: (row: Row) => ReactNode;
  /** Shown under the heading, e.g. the error of one of `moreActions`. */
  readonly alert?: ReactNode;
  /** The button beside the heading that opens `newDialog` (e.g. "New campaign"). */
  readonly newLabel?: string;
  readonly newDialog?: (onClose: () => void) => ReactNode;
  /** The new button takes no clicks, e.g. while there is nothing to attach a new record to. */
  readonly newDisabled?: boolean;
  readonly editDialog: (row: Row, onClose: () => void) => ReactNode;
  readonly deleteDialog: (row: Row, onClose: () => void) => ReactNode;
}

/**
 * A section listing an organisation's records of one kind in a table, each row with Edit and Delete
 * buttons that open that row's edit or delete dialog.
 */
export function AdminTable<Row extends { readonly id: string; readonly name: string }>({
  title,
  headingId,
  emptyText,
  columns,
  rows,
  cells,
  moreActions,
  alert,
  newLabel,
  newDialog,
  newDisabled,
  editDialog,
  deleteDialog,
}: AdminTableProps<Row>) {
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: "center" }}>
        <Typography id={headingId} variant="h6" component="h2" sx={{ flex: 1 }}>
          {title}
        </Typography>
        {newDialog && (
          <Button startIcon={<AddIcon />} disabled={newDisabled} onClick={() => setCreating(true)}>
            {newLabel}
          </Button>
        )}
      </Stack>
      {alert}
      {rows.length === 0 ? (
        <Typography>{emptyText}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              {columns.map((column) => (
                <TableCell key={column}>{column}</TableCell>
              ))}
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                {cells(row)}
                <TableCell align="right">
                  <EditDeleteButtons
                    name={row.name}
                    onEdit={() => setEditing(row)}
                    onDelete={() => setDeleting(row)}
                  >
                    {moreActions?.(row)}
                  </EditDeleteButtons>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {creating && newDialog?.(() => setCreating(false))}
      {editing && editDialog(editing, () => setEditing(null))}
      {deleting && deleteDialog(deleting, () => setDeleting(null))}
    </Paper>
  );
}
