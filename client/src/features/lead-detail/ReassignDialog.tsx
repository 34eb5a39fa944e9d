import { useMutation, useQuery } from "@apollo/client/react";
import type { FieldError } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { serverFieldError } from "../../api/serverFieldError";

const reassignUsersQuery = graphql(`
  query ReassignUsers {
    users(first: 100) {
      edges {
        node {
          id
          name
          email
          active
        }
      }
    }
  }
`);

const assignLeadMutation = graphql(`
  mutation AssignLead($input: AssignLeadInput!) {
    assignLead(input: $input) {
      lead {
        id
        assignedTo {
          id
          name
        }
      }
    }
  }
`);

const MAX_REASON = 1000;

interface ReassignDialogProps {
  readonly leadId: string;
  readonly leadName: string;
  readonly currentOwnerId: string | null;
  readonly onClose: () => void;
}

type UserOption = { readonly id: string; readonly name: string; readonly email: string };

/** Gives the lead to another active user (searchable by name or email), with the reason, required. */
export function ReassignDialog({ leadId, leadName, currentOwnerId, onClose }: ReassignDialogProps) {
  const users = useQuery(reassignUsersQuery);
  const [user, setUser] = useState<UserOption | null>(null);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const [assignLead, { loading, error }] = useMutation(assignLeadMutation, {
    refetchQueries: ["LeadPage"],
    awaitRefetchQueries: true,
  });

  const options = (users.data?.users.edges ?? [])
    .map((edge) => edge.node)
    .filter((option) => option.active && option.id !== currentOwnerId);
  const userError =
    serverError?.field === "userId"
      ? serverError.message
      : tried && !user
        ? "Pick who gets the lead"
        : undefined;
  const reasonError =
    serverError?.field === "reason"
      ? serverError.message
      : tried && !reason.trim()
        ? "Say why, for the history"
        : undefined;

  const save = async () => {
    setTried(true);
    if (!user || !reason.trim()) return;
    try {
      await assignLead({ variables: { input: { leadId, userId: user.id, reason: reason.trim() } } });
      onClose();
    } catch (failure) {
      setServerError(serverFieldError(failure));
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="reassign-title">
      <DialogTitle id="reassign-title">Reassign {leadName}</DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
        <Autocomplete
          options={options}
          loading={users.loading}
          value={user}
          onChange={(_, option) => {
            setUser(option);
            setServerError(null);
          }}
          getOptionLabel={(option) => option.name}
          filterOptions={(list, { inputValue }) => {
            const term = inputValue.trim().toLowerCase();
            return list.filter((o) => o.name.toLowerCase().includes(term) || o.email.includes(term));
          }}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          renderInput={(params) => (
            <TextField
              {...params}
              label="New owner"
              error={!!userError}
              helperText={userError}
              sx={{ mt: 1 }}
              autoFocus
            />
          )}
        />
        <TextField
          label="Reason"
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setServerError(null);
          }}
          required
          multiline
          minRows={2}
          error={!!reasonError}
          helperText={reasonError ?? `Kept in the assignment history (at most ${MAX_REASON} characters)`}
          slotProps={{ htmlInput: { maxLength: MAX_REASON } }}
        />
        {error && !serverError && <Alert severity="error">{describeError(error)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" loading={loading} onClick={() => void save()}>
          Reassign
        </Button>
      </DialogActions>
    </Dialog>
  );
}
