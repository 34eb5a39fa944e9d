import { useMutation } from "@apollo/client/react";
import Chip from "@mui/material/Chip";
import TableCell from "@mui/material/TableCell";
import { graphql } from "../../api/gql";
import { AdminTable } from "../../components/AdminTable";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import { firstOpenCampaignId } from "./CampaignSelect";
import { type CampaignRow, refreshPage, type WebhookSourceRow } from "./captureSetup";
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

/**
 * Webhook sources: where each posts, whether it is on, with edit (and secret rotation) and delete, and a
 * new one for a campaign (not archived) of `campaigns`.
 */
export function WebhookSourcesTable({
  sources,
  campaigns,
}: {
  sources: readonly WebhookSourceRow[];
  campaigns: readonly CampaignRow[];
}) {
  return (
    <AdminTable
      title="Webhook sources"
      headingId="webhook-sources-heading"
      emptyText="No webhook sources yet."
      columns={["Name", "Endpoint", "State"]}
      rows={sources}
      cells={(source) => (
        <>
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
        </>
      )}
      newLabel="New webhook source"
      newDialog={(onClose) => <WebhookSourceDialog source={null} campaigns={campaigns} onClose={onClose} />}
      newDisabled={!firstOpenCampaignId(campaigns)}
      editDialog={(source, onClose) => (
        <WebhookSourceDialog source={source} campaigns={campaigns} onClose={onClose} />
      )}
      deleteDialog={(source, onClose) => <DeleteWebhookSourceDialog source={source} onClose={onClose} />}
    />
  );
}
