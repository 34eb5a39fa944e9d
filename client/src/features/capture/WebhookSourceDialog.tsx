import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { mutationFieldErrors } from "../../api/serverFieldError";
import { SaveDialog } from "../../components/SaveDialog";
import { refreshPage, type WebhookSourceRow } from "./captureSetup";

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
 * Edits a webhook source (name, field mapping, verify token, on/off) and rotates its signing secret;
 * a new secret is shown here once, as the API returns it only once.
 */
export function WebhookSourceDialog({ source, onClose }: { source: WebhookSourceRow; onClose: () => void }) {
  const [name, setName] = useState(source.name);
  const [mapping, setMapping] = useState(JSON.stringify(source.fieldMapping, null, 2));
  const [verifyToken, setVerifyToken] = useState(source.verifyToken ?? "");
  const [active, setActive] = useState(source.active);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const [update, { loading, error }] = useMutation(updateWebhookSourceMutation, refreshPage());
  const { fieldError, messageOf, inputError } = mutationFieldErrors(error);
  const parsedMapping = parseMapping(mapping);
  const save = () =>
    update({
      variables: {
        input: { id: source.id, name, fieldMapping: parsedMapping, verifyToken, active },
      },
    }).then(onClose, () => undefined);
  const rotate = () =>
    update({ variables: { input: { id: source.id, rotateSecret: true } } }).then(
      (result) => setNewSecret(result.data?.updateWebhookSource.secret ?? null),
      () => undefined,
    );

  return (
    <SaveDialog
      title="Edit webhook source"
      maxWidth="sm"
      saving={loading}
      saveDisabled={!parsedMapping}
      closeLabel={newSecret ? "Done" : "Cancel"}
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
        />
        <FormControlLabel
          control={<Switch checked={active} onChange={(event) => setActive(event.target.checked)} />}
          label={active ? "Active: posts are taken" : "Inactive: posts are refused"}
        />
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <Button variant="outlined" onClick={() => void rotate()} disabled={loading}>
            Rotate secret
          </Button>
          <Typography variant="body2" color="text.secondary">
            The old secret stops working at once.
          </Typography>
        </Stack>
        {newSecret && (
          <Alert severity="warning">
            New signing secret, shown only now:{" "}
            <Typography
              component="code"
              aria-label="New secret"
              sx={{ fontFamily: "monospace", wordBreak: "break-all" }}
            >
              {newSecret}
            </Typography>
          </Alert>
        )}
        {error && !fieldError && <Alert severity="error">{describeError(error)}</Alert>}
      </Stack>
    </SaveDialog>
  );
}
