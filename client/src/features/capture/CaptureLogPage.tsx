import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { Link } from "react-router";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { formatDateTime, humanize } from "../../format";

const captureLogQuery = graphql(`
  query CaptureLogPage {
    captureEvents(first: 100) {
      totalCount
      edges {
        node {
          id
          createdAt
          channel
          outcome
          reason
          sourceKey
          leadId
          payload
        }
      }
    }
  }
`);

const OUTCOME_COLOR = {
  ACCEPTED: "success",
  DUPLICATE: "info",
  REJECTED: "error",
  DROPPED: "warning",
  PENDING: "default",
} as const;

/** The capture log: what came in through the API, forms and webhooks, and what became of it. */
export function CaptureLogPage() {
  const { data, loading, error } = useQuery(captureLogQuery, { fetchPolicy: "cache-and-network" });
  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading capture log" />
    );
  }
  const events = data.captureEvents.edges.map((edge) => edge.node);
  return (
    <Paper variant="outlined" sx={{ flex: 1, minHeight: 0, overflow: "auto", p: 2 }}>
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1.5, mb: 1 }}>
        <Typography variant="h5" component="h1">
          Capture log
        </Typography>
        <Typography color="text.secondary">{data.captureEvents.totalCount} entries (newest first)</Typography>
        <LinearProgress sx={{ flex: 1, visibility: loading ? "visible" : "hidden" }} aria-hidden={!loading} />
      </Box>
      <Table size="small" aria-label="Capture log">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Channel</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>Reason or details</TableCell>
            <TableCell>Lead</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell>{formatDateTime(event.createdAt)}</TableCell>
              <TableCell>{humanize(event.channel)}</TableCell>
              <TableCell>
                <Chip size="small" color={OUTCOME_COLOR[event.outcome]} label={humanize(event.outcome)} />
              </TableCell>
              <TableCell sx={{ maxWidth: 480, overflowWrap: "anywhere" }}>
                {event.reason}
                {event.payload != null && (
                  <Typography component="pre" variant="caption" sx={{ m: 0, whiteSpace: "pre-wrap" }}>
                    {JSON.stringify(event.payload)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{event.leadId ? <Link to={`/leads/${event.leadId}`}>Open</Link> : "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
