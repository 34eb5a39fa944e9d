import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { useNavigate } from "react-router";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { DuplicateWarning } from "../dedup/DuplicateWarning";
import { useDuplicateCheck, type DuplicateCheckInput } from "../dedup/useDuplicateCheck";

const createLeadMutation = graphql(`
  mutation NewLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      outcome
      lead {
        id
      }
      duplicates {
        reason
        similarity
        lead {
          id
          fullName
          email
          company
        }
      }
    }
  }
`);

const FIELDS = [
  { key: "firstName", label: "First name" },
  { key: "lastName", label: "Last name" },
  { key: "email", label: "Email" },
  { key: "phone", label: "Phone" },
  { key: "company", label: "Company" },
] as const;

/**
 * A new lead, checked for duplicates while it is typed; saving asks the server to WARN rather than
 * create a duplicate, and "Create anyway" creates it regardless.
 */
export function NewLeadDialog({ onClose }: { onClose: () => void }) {
  const [values, setValues] = useState<DuplicateCheckInput>({
    firstName: "",
    lastName: "",
    email: "",
    phone: "",
    company: "",
  });
  const live = useDuplicateCheck(values);
  const [create, { data, loading, error }] = useMutation(createLeadMutation);
  const navigate = useNavigate();
  const refused = data?.createLead.outcome === "NOT_CREATED" ? data.createLead.duplicates : [];

  const save = (onDuplicate: "WARN" | "CREATE") => {
    const input = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, value.trim() || null]),
    );
    void create({ variables: { input: { ...input, onDuplicate } } }).then(
      (result) => {
        const lead = result.data?.createLead.lead;
        if (lead) void navigate(`/leads/${lead.id}`);
      },
      () => undefined,
    );
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="new-lead-title">
      <DialogTitle id="new-lead-title">New lead</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {FIELDS.map(({ key, label }) => (
            <TextField
              key={key}
              label={label}
              size="small"
              value={values[key]}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            />
          ))}
          <DuplicateWarning
            matches={refused.length > 0 ? refused : live}
            onCreateAnyway={() => save("CREATE")}
          />
          {error && <Alert severity="error">{describeError(error)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" loading={loading} onClick={() => save("WARN")}>
          Create
        </Button>
      </DialogActions>
    </Dialog>
  );
}
