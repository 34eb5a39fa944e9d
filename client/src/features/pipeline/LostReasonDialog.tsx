import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import TextField from "@mui/material/TextField";
import { LOST_REASON_LABELS } from "@leadline/shared";
import { useState } from "react";
import type { LostReason } from "../../api/gql/graphql";

interface LostReasonDialogProps {
  readonly leadName: string;
  readonly onCancel: () => void;
  readonly onConfirm: (reason: LostReason, note: string | undefined) => void;
}

const REASONS = Object.entries(LOST_REASON_LABELS) as [LostReason, string][];

/** Asks why a lead is lost (the list is fixed, so reasons can be counted); "Other" needs words. */
export function LostReasonDialog({ leadName, onCancel, onConfirm }: LostReasonDialogProps) {
  const [reason, setReason] = useState<LostReason | null>(null);
  const [note, setNote] = useState("");
  const needsNote = reason === "OTHER";
  const ready = reason !== null && (!needsNote || note.trim() !== "");
  return (
    <Dialog open onClose={onCancel} aria-labelledby="lost-reason-title" fullWidth maxWidth="xs">
      <DialogTitle id="lost-reason-title">Why was {leadName} lost?</DialogTitle>
      <DialogContent>
        <RadioGroup
          aria-label="Lost reason"
          value={reason ?? ""}
          onChange={(event) => setReason(event.target.value as LostReason)}
        >
          {REASONS.map(([value, label]) => (
            <FormControlLabel key={value} value={value} control={<Radio size="small" />} label={label} />
          ))}
        </RadioGroup>
        {needsNote && (
          <TextField
            label="What happened"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            required
            fullWidth
            autoFocus
            size="small"
            slotProps={{ htmlInput: { maxLength: 1000 } }}
            sx={{ mt: 1 }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          variant="contained"
          color="error"
          disabled={!ready}
          onClick={() => reason && onConfirm(reason, needsNote ? note.trim() : undefined)}
        >
          Mark lost
        </Button>
      </DialogActions>
    </Dialog>
  );
}
