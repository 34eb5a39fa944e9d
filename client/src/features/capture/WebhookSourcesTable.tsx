import { useMutation } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import { refreshPage, type WebhookSourceRow } from "./captureSetup";
import { WebhookSourceDialog } from "./WebhookSourceDialog";

const deleteWebhookSourceMutation = graphql(`
  mutation DeleteWebhookSource($input: DeleteWebhookSourceInput!) {
    deleteWebhookSource(input: $input) {
      id
    }
  }
`);

function DeleteWebhookSourceDialog({ source, onClose }: { source: WebhookSourceRow; onClose: () => void }) {
  const [remove, { loading, error }] = useMutation(deleteWebhookSourceMutation, refreshPage());
  return (
    <ConfirmDeleteDialog
      name={source.name}
      consequence="Its URL will answer 410 Gone to every sender; the leads it brought in stay. To stop it for a while instead, switch it off in Edit."
      loading={loading}
      error={error}
      onConfirm={() =>
        void remove({ variables: { input: { id: source.id } } }).then(onClose, () => undefined)
      }
      onClose={onClose}
    />
  );
}

/** Webhook sources: where each posts, whether it is on, with edit (and secret rotation) and delete. */
export function WebhookSourcesTable({ sources }: { sources: readonly WebhookSourceRow[] }) {
  const [editing, setEditing] = useState<WebhookSourceRow | null>(null);
  const [deleting, setDeleting] = useState<WebhookSourceRow | null>(null);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="webhook-sources-heading" sx={{ p: 2 }}>
      <Typography id="webhook-sources-heading" variant="h6" component="h2">
        Webhook sources
      </Typography>
      {sources.length === 0 ? (
        <Typography>No webhook sources yet.</Typography>
      ) : (
        <Table size="small" aria-label="Webhook sources">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Endpoint</TableCell>
              <TableCell>State</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sources.map((source) => (
              <TableRow key={source.id}>
                <TableCell>{source.name}</TableCell>
                <TableCell sx={{ fontFamily: "monospace", wordBreak: "break-all" }}>
                  POST /v1/webhooks/{source.key}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={source.active ? "success" : "default"}
                    label={source.active ? "active" : "inactive"}
                  />
                </TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => setEditing(source)} aria-label={`Edit ${source.name}`}>
                    Edit
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    onClick={() => setDeleting(source)}
                    aria-label={`Delete ${source.name}`}
                  >
                    Delete
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <WebhookSourceDialog source={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteWebhookSourceDialog source={deleting} onClose={() => setDeleting(null)} />}
    </Paper>
  );
}
