import Alert from "@mui/material/Alert";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { graphql } from "../../api/gql";
import type { CampaignStatus } from "../../api/gql/graphql";
import { describeError } from "../../api/errors";
import { mutationFieldErrors } from "../../api/serverFieldError";
import { SaveDialog } from "../../components/SaveDialog";
import { useCreateOrUpdate } from "../../hooks/useCreateOrUpdate";
import { type CampaignRow, parseOrigins, refreshPage } from "./captureSetup";

const updateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      campaign {
        id
      }
    }
  }
`);

const createCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      campaign {
        id
      }
    }
  }
`);

const STATUSES: readonly CampaignStatus[] = ["DRAFT", "ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED"];

/** Creates a campaign (`campaign` null) or edits one: its name, status and allowed origins. */
export function CampaignDialog({ campaign, onClose }: { campaign: CampaignRow | null; onClose: () => void }) {
  const [name, setName] = useState(campaign?.name ?? "");
  // New campaigns start as the server makes them: DRAFT, which already takes leads.
  const [status, setStatus] = useState<CampaignStatus>(campaign?.status ?? "DRAFT");
  const [origins, setOrigins] = useState(campaign?.allowedOrigins.join("\n") ?? "");
  const {
    save: saveCampaign,
    saving,
    error,
  } = useCreateOrUpdate(createCampaignMutation, updateCampaignMutation, refreshPage().refetchQueries);
  const { fieldError, inputError } = mutationFieldErrors(error);
  const save = () =>
    saveCampaign(campaign?.id, { name, status, allowedOrigins: parseOrigins(origins) }).then(
      onClose,
      () => undefined,
    );

  return (
    <SaveDialog
      title={campaign ? "Edit campaign" : "New campaign"}
      maxWidth="sm"
      saving={saving}
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
          select
          label="Status"
          value={status}
          onChange={(event) => setStatus(event.target.value as CampaignStatus)}
          helperText="Paused, completed and archived campaigns take no new leads."
        >
          {STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {value.charAt(0) + value.slice(1).toLowerCase()}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Allowed origins"
          multiline
          minRows={2}
          value={origins}
          onChange={(event) => setOrigins(event.target.value)}
          {...inputError("allowedOrigins", "One per line, e.g. https://www.example.com")}
        />
        {error && !fieldError && <Alert severity="error">{describeError(error)}</Alert>}
      </Stack>
    </SaveDialog>
  );
}
