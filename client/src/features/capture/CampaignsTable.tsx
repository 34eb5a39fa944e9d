import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
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
import { describeError } from "../../api/errors";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import { CampaignDialog } from "./CampaignDialog";
import { type CampaignRow, refreshPage } from "./captureSetup";

const deleteCampaignMutation = graphql(`
  mutation DeleteCampaign($input: DeleteCampaignInput!) {
    deleteCampaign(input: $input) {
      id
    }
  }
`);

const archiveCampaignMutation = graphql(`
  mutation ArchiveCampaign($id: ID!) {
    updateCampaign(input: { id: $id, status: ARCHIVED }) {
      campaign {
        id
        status
      }
    }
  }
`);

/** Deletes a campaign; one with leads is refused by the server, whose message says to archive it. */
function DeleteCampaignDialog({ campaign, onClose }: { campaign: CampaignRow; onClose: () => void }) {
  const [remove, { loading, error }] = useMutation(deleteCampaignMutation, refreshPage());
  return (
    <ConfirmDeleteDialog
      name={campaign.name}
      consequence="Its forms and webhook sources are deleted with it. A campaign that has brought in leads cannot be deleted: archive it instead, and its leads keep their campaign."
      loading={loading}
      error={error}
      onConfirm={() =>
        void remove({ variables: { input: { id: campaign.id } } }).then(onClose, () => undefined)
      }
      onClose={onClose}
    />
  );
}

/** The organisation's campaigns, each with edit, archive and delete. */
export function CampaignsTable({ campaigns }: { campaigns: readonly CampaignRow[] }) {
  const [editing, setEditing] = useState<CampaignRow | null>(null);
  const [deleting, setDeleting] = useState<CampaignRow | null>(null);
  const [archive, archived] = useMutation(archiveCampaignMutation, refreshPage());
  return (
    <Paper variant="outlined" component="section" aria-labelledby="campaigns-heading" sx={{ p: 2 }}>
      <Typography id="campaigns-heading" variant="h6" component="h2">
        Campaigns
      </Typography>
      {archived.error && <Alert severity="error">{describeError(archived.error)}</Alert>}
      {campaigns.length === 0 ? (
        <Typography>No campaigns yet.</Typography>
      ) : (
        <Table size="small" aria-label="Campaigns">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Allowed origins</TableCell>
              <TableCell align="right">Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {campaigns.map((campaign) => (
              <TableRow key={campaign.id}>
                <TableCell>{campaign.name}</TableCell>
                <TableCell>
                  <Chip size="small" label={campaign.status.toLowerCase()} />
                </TableCell>
                <TableCell>{campaign.allowedOrigins.join(", ") || "—"}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    onClick={() => setEditing(campaign)}
                    aria-label={`Edit ${campaign.name}`}
                  >
                    Edit
                  </Button>
                  {campaign.status !== "ARCHIVED" && (
                    <Button
                      size="small"
                      disabled={archived.loading}
                      onClick={() => void archive({ variables: { id: campaign.id } }).catch(() => undefined)}
                      aria-label={`Archive ${campaign.name}`}
                    >
                      Archive
                    </Button>
                  )}
                  <Button
                    size="small"
                    color="error"
                    onClick={() => setDeleting(campaign)}
                    aria-label={`Delete ${campaign.name}`}
                  >
                    Delete
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && <CampaignDialog campaign={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteCampaignDialog campaign={deleting} onClose={() => setDeleting(null)} />}
    </Paper>
  );
}
