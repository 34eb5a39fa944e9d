import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Switch from "@mui/material/Switch";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { describeError } from "../../api/errors";
import type { TeamWorkloadQuery } from "../../api/gql/graphql";
import { updateAvailabilityMutation } from "./routingMutations";

type Rep = TeamWorkloadQuery["teamWorkload"]["reps"][number];

/** "12 min", "3.5 h", "2.1 d"; "–" when nothing was contacted yet. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return "–";
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 24 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / (24 * 60)).toFixed(1)} d`;
}

interface RepWorkloadTableProps {
  readonly reps: readonly Rep[];
  /** After an availability change, so the figures are read again. */
  readonly onChanged: () => void;
}

/** The reps' figures (load, SLA over the last 30 days), and a switch per rep to take them out of routing (leave) or back in. */
export function RepWorkloadTable({ reps, onChanged }: RepWorkloadTableProps) {
  const [updateAvailability, { error, loading }] = useMutation(updateAvailabilityMutation);
  const toggle = (userId: string, available: boolean) =>
    updateAvailability({ variables: { input: { userId, available } } }).then(onChanged, () => undefined);

  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {describeError(error)}
        </Alert>
      )}
      {/* Many columns: scroll sideways inside the card rather than widen the page. */}
      <Box sx={{ overflowX: "auto" }}>
        <Table size="small" aria-label="Reps">
          <TableHead>
            <TableRow>
              <TableCell>Rep</TableCell>
              <TableCell align="right">Open leads</TableCell>
              <TableCell align="right">Assigned today</TableCell>
              <TableCell align="right">Capacity</TableCell>
              <TableCell align="right">SLA met</TableCell>
              <TableCell align="right">Breaches</TableCell>
              <TableCell align="right">
                First contact
                <br />
                median / avg
              </TableCell>
              <TableCell>Working</TableCell>
              <TableCell>Available</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reps.map((rep) => (
              <TableRow key={rep.user.id}>
                <TableCell component="th" scope="row">
                  {rep.user.name}
                </TableCell>
                <TableCell align="right">{rep.openLeads}</TableCell>
                <TableCell align="right">{rep.assignedToday}</TableCell>
                <TableCell align="right">{rep.capacity ?? "No limit"}</TableCell>
                <TableCell align="right">
                  {rep.slaMetPercent === null ? "–" : `${Math.round(rep.slaMetPercent)}%`}
                </TableCell>
                <TableCell align="right">{rep.slaBreaches}</TableCell>
                <TableCell align="right">
                  {formatMinutes(rep.medianFirstContactMinutes)} /{" "}
                  {formatMinutes(rep.averageFirstContactMinutes)}
                </TableCell>
                <TableCell>{rep.working ? "Yes" : "No"}</TableCell>
                <TableCell>
                  <Switch
                    checked={rep.available}
                    disabled={loading}
                    onChange={(_, available) => void toggle(rep.user.id, available)}
                    slotProps={{ input: { "aria-label": `${rep.user.name} available` } }}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </>
  );
}
