import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import TableCell from "@mui/material/TableCell";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { AdminTable } from "../../components/AdminTable";
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

/** The organisation's campaigns, each with edit, archive and delete, and a new one. */
export function CampaignsTable({ campaigns }: { campaigns: readonly CampaignRow[] }) {
  const [archive, archived] = useMutation(archiveCampaignMutation, refreshPage());
  return (
    <AdminTable
      title="Campaigns"
      headingId="campaigns-heading"
      emptyText="No campaigns yet: a campaign's token lets your site, forms and webhooks send leads in."
      columns={["Name", "Status", "Allowed origins"]}
      rows={campaigns}
      alert={archived.error && <Alert severity="error">{describeError(archived.error)}</Alert>}
      cells={(campaign) => (
        <>
          <TableCell>{campaign.name}</TableCell>
          <TableCell>
            <Chip size="small" label={campaign.status.toLowerCase()} />
          </TableCell>
          <TableCell>{campaign.allowedOrigins.join(", ") || "—"}</TableCell>
        </>
      )}
      newLabel="New campaign"
      newDialog={(onClose) => <CampaignDialog campaign={null} onClose={onClose} />}
      moreActions={(campaign) =>
        campaign.status !== "ARCHIVED" && (
          <Button
            size="small"
            disabled={archived.loading}
            onClick={() => void archive({ variables: { id: campaign.id } }).catch(() => undefined)}
            aria-label={`Archive ${campaign.name}`}
          >
            Archive
          </Button>
        )
      }
      editDialog={(campaign, onClose) => <CampaignDialog campaign={campaign} onClose={onClose} />}
      deleteDialog={(campaign, onClose) => <DeleteCampaignDialog campaign={campaign} onClose={onClose} />}
    />
  );
}
