import Button from "@mui/material/Button";
import Dialog, { type DialogProps } from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent, { type DialogContentProps } from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

interface SaveDialogProps {
  readonly title: ReactNode;
  /** The title's id, which labels the dialog; without one MUI makes one up. */
  readonly titleId?: string;
  readonly maxWidth: DialogProps["maxWidth"];
  /** Rules between title, content and buttons (for long, scrolling content). */
  readonly dividers?: boolean;
  readonly contentSx?: DialogContentProps["sx"];
  /** A save is under way: Save shows a spinner and takes no clicks. */
  readonly saving: boolean;
  readonly saveDisabled?: boolean;
  /** Said left of the buttons, e.g. what saving sets off. */
  readonly note?: ReactNode;
  /** The close button's label; "Cancel" unless something has already happened that closing keeps. */
  readonly closeLabel?: string;
  readonly onSave: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A dialog that edits something: title, the form, and Cancel and Save buttons. */
export function SaveDialog({
  title,
  titleId,
  maxWidth,
  dividers,
  contentSx,
  saving,
  saveDisabled,
  note,
  closeLabel = "Cancel",
  onSave,
  onClose,
  children,
}: SaveDialogProps) {
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers={dividers} sx={contentSx}>
        {children}
      </DialogContent>
      {/* With a note, the actions take the content's side padding so the note lines up with it. */}
      <DialogActions sx={note ? { px: 3 } : undefined}>
        {note && (
          <Typography variant="body2" color="text.secondary" sx={{ mr: "auto" }}>
            {note}
          </Typography>
        )}
        <Button onClick={onClose}>{closeLabel}</Button>
        <Button variant="contained" loading={saving} disabled={saveDisabled} onClick={onSave}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
