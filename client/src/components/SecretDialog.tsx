import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import { type ReactNode, useId, useState } from "react";

/**
 * Shows a new secret the one time the server returns it, with a copy button, and under it `children`
 * (e.g. where the secret is used). `hashed`: the server keeps only a hash of it (API keys), not the secret.
 */
export function SecretDialog({
  title,
  secret,
  hashed = false,
  children,
  onClose,
}: {
  title: string;
  secret: string;
  hashed?: boolean;
  children?: ReactNode;
  onClose: () => void;
}) {
  const titleId = useId();
  const [copied, setCopied] = useState(false);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          Copy it now: it is shown only once{hashed && ", and Leadline keeps only a hash of it"}.
        </Alert>
        <TextField
          label="Secret"
          value={secret}
          fullWidth
          slotProps={{ input: { readOnly: true }, htmlInput: { style: { fontFamily: "monospace" } } }}
        />
        {children}
      </DialogContent>
      <DialogActions>
        <Button
          startIcon={<ContentCopyIcon />}
          onClick={() => void navigator.clipboard.writeText(secret).then(() => setCopied(true))}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="contained" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
