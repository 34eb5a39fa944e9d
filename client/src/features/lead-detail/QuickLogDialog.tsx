import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import type { ActivityType } from "../../api/gql/graphql";
import { humanize } from "../../format";

const logActivityMutation = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      activity {
        id
      }
      lead {
        id
        activitiesCount
        lastActivityAt
        score
      }
    }
  }
`);

/** Logs a call, email, note or meeting with a subject, notes and (for calls and meetings) an outcome. */
export function QuickLogDialog({
  leadId,
  type,
  onClose,
}: {
  leadId: string;
  type: ActivityType;
  onClose: () => void;
}) {
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [outcome, setOutcome] = useState("");
  const [log, { loading, error }] = useMutation(logActivityMutation, {
    refetchQueries: ["LeadTimeline", "LeadPage"],
  });
  const save = () =>
    log({
      variables: {
        input: { leadId, type, subject: subject || null, body: body || null, outcome: outcome || null },
      },
    }).then(onClose, () => undefined);
  const titleId = "quick-log-title";
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Log {humanize(type).toLowerCase()}</DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", gap: 2, pt: "8px !important" }}>
        <TextField
          label="Subject"
          value={subject}
          onChange={(e) => setSubject(e.target.value)}
          autoFocus
          size="small"
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <TextField
          label="Notes"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          multiline
          minRows={3}
          slotProps={{ htmlInput: { maxLength: 10000 } }}
        />
        {(type === "CALL" || type === "MEETING") && (
          <TextField
            label="Outcome"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            size="small"
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        )}
        {error && <Alert severity="error">{describeError(error)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" loading={loading} onClick={() => void save()}>
          Log
        </Button>
      </DialogActions>
    </Dialog>
  );
}
