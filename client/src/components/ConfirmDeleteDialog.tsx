import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import { useId, type ReactNode } from "react";
import { describeError } from "../api/errors";

/** Asks before deleting `name`, says what follows, and shows the server's refusal if there is one. */
export function ConfirmDeleteDialog({
  name,
  consequence,
  loading,
  error,
  onConfirm,
  onClose,
}: {
  name: string;
  consequence: ReactNode;
  loading: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Delete “{name}”?</DialogTitle>
      <DialogContent>
        <DialogContentText>{consequence}</DialogContentText>
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {describeError(error)}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" variant="contained" loading={loading} onClick={onConfirm}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
