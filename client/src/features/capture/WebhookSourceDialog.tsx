import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import type { CreateWebhookSourceMutation } from "../../api/gql/graphql";
import { describeError } from "../../api/errors";
import { mutationFieldErrors } from "../../api/serverFieldError";
import { SaveDialog } from "../../components/SaveDialog";
import { SecretDialog } from "../../components/SecretDialog";
import { useCreateOrUpdate } from "../../hooks/useCreateOrUpdate";
import { CampaignSelect, firstOpenCampaignId } from "./CampaignSelect";
import { type CampaignRow, refreshPage, type WebhookSourceRow } from "./captureSetup";

const createWebhookSourceMutation = graphql(`
  mutation CreateWebhookSource($input: CreateWebhookSourceInput!) {
    createWebhookSource(input: $input) {
      secret
      source {
        id
        key
      }
    }
  }
`);

const updateWebhookSourceMutation = graphql(`
  mutation UpdateWebhookSource($input: UpdateWebhookSourceInput!) {
    updateWebhookSource(input: $input) {
      secret
      source {
        id
      }
    }
  }
`);

/** A new source's mapping until edited: a generic JSON webhook posting the lead's fields at the top level. */
const NEW_SOURCE_MAPPING = {
  "contact.firstName": "first_name",
  "contact.lastName": "last_name",
  "contact.email": "email",
  "contact.phone": "phone",
  "contact.company": "company",
  "lead_details.message": "message",
};

/** The mapping as typed (JSON), or null when it is not a JSON object. */
function parseMapping(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Creates a webhook source for a campaign (`source` null), then shows its URL and signing secret once;
 * or edits one (name, field mapping, verify token, on/off) and rotates its signing secret, a new secret
 * shown here once, as the API returns it only once.
 */
export function WebhookSourceDialog({
  source,
  campaigns,
  onClose,
}: {
  source: WebhookSourceRow | null;
  campaigns: readonly CampaignRow[];
  onClose: () => void;
}) {
  const [name, setName] = useState(source?.name ?? "");
  const [campaignId, setCampaignId] = useState(() => firstOpenCampaignId(campaigns));
  const [mapping, setMapping] = useState(JSON.stringify(source?.fieldMapping ?? NEW_SOURCE_MAPPING, null, 2));
  const [verifyToken, setVerifyToken] = useState(source?.verifyToken ?? "");
  const [active, setActive] = useState(source?.active ?? true);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  // Rotating breaks the sender until it has the new secret: asked once more before it is done.
  const [confirmingRotation, setConfirmingRotation] = useState(false);
  const [created, setCreated] = useState<CreateWebhookSourceMutation["createWebhookSource"] | null>(null);
  const { create, update, saving, error } = useCreateOrUpdate(
    createWebhookSourceMutation,
    updateWebhookSourceMutation,
    refreshPage().refetchQueries,
  );
  const { fieldError, messageOf, inputError } = mutationFieldErrors(error);
  const parsedMapping = parseMapping(mapping);
  const settings = { name, fieldMapping: parsedMapping, verifyToken };
  // Not `save` of useCreateOrUpdate: the two end differently (a new source's secret is shown, an edit closes).
  const save = () =>
    source
      ? update({ variables: { input: { id: source.id, ...settings, active } } }).then(
          onClose,
          () => undefined,
        )
      : create({ variables: { input: { campaignId, ...settings } } }).then(
          (result) => setCreated(result.data?.createWebhookSource ?? null),
          () => undefined,
        );
  const rotate = (id: string) =>
    update({ variables: { input: { id, rotateSecret: true } } }).then(
      (result) => setNewSecret(result.data?.updateWebhookSource.secret ?? null),
      () => undefined,
    );

  if (newSecret)
    return (
      <SecretDialog title="New signing secret" secret={newSecret} onClose={onClose}>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          The old secret no longer works: give this one to the sender.
        </Typography>
      </SecretDialog>
    );
  if (created)
    return (
      <SecretDialog title="Webhook source created" secret={created.secret} onClose={onClose}>
        <TextField
          label="Ingest URL"
          value={`${window.location.origin}/v1/webhooks/${created.source.key}`}
          helperText="The sender posts JSON here, signed with the secret in X-Hub-Signature-256."
          fullWidth
          sx={{ mt: 2 }}
          slotProps={{ input: { readOnly: true }, htmlInput: { style: { fontFamily: "monospace" } } }}
        />
      </SecretDialog>
    );
  return (
    <SaveDialog
      title={source ? "Edit webhook source" : "New webhook source"}
      maxWidth="sm"
      saving={saving}
      saveDisabled={!parsedMapping}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          {...inputError("name")}
        />
        {!source && (
          <CampaignSelect
            campaigns={campaigns}
            value={campaignId}
            onChange={setCampaignId}
            {...inputError("campaignId", "Leads it brings in join this campaign")}
          />
        )}
        <TextField
          label="Field mapping (JSON)"
          multiline
          minRows={4}
          value={mapping}
          onChange={(event) => setMapping(event.target.value)}
          error={!parsedMapping || Boolean(messageOf("fieldMapping"))}
          helperText={
            !parsedMapping
              ? "Must be a JSON object"
              : (messageOf("fieldMapping") ??
                'Capture field -> JSON path, e.g. { "contact.email": "data.email" }')
          }
          slotProps={{ htmlInput: { style: { fontFamily: "monospace" } } }}
        />
        <TextField
          label="Verify token (Meta handshake)"
          value={verifyToken}
          onChange={(event) => setVerifyToken(event.target.value)}
          helperText={source ? undefined : "Optional: only Meta Lead Ads needs one"}
        />
        {source && (
          <>
            <FormControlLabel
              control={<Switch checked={active} onChange={(event) => setActive(event.target.checked)} />}
              label={active ? "Active: posts are taken" : "Inactive: posts are refused"}
            />
            <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
              {confirmingRotation ? (
                <>
                  <Button
                    variant="contained"
                    color="warning"
                    onClick={() => void rotate(source.id)}
                    disabled={saving}
                  >
                    Rotate now
                  </Button>
                  <Button onClick={() => setConfirmingRotation(false)} disabled={saving}>
                    Keep the secret
                  </Button>
                </>
              ) : (
                <Button variant="outlined" onClick={() => setConfirmingRotation(true)} disabled={saving}>
                  Rotate secret
                </Button>
              )}
              <Typography variant="body2" color="text.secondary">
                The old secret stops working at once.
              </Typography>
            </Stack>
          </>
        )}
        {error && !fieldError && <Alert severity="error">{describeError(error)}</Alert>}
      </Stack>
    </SaveDialog>
  );
}
