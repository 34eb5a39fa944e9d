import Button from "@mui/material/Button";
import type { ReactNode } from "react";

interface EditDeleteButtonsProps {
  /** The record's name, which the buttons' accessible names carry ("Edit Spring promo"). */
  readonly name: string;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
  /** More buttons, shown between Edit and Delete. */
  readonly children?: ReactNode;
}

/** A record's small Edit and Delete buttons. */
export function EditDeleteButtons({ name, onEdit, onDelete, children }: EditDeleteButtonsProps) {
  return (
    <>
      <Button size="small" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </Button>
      {children}
      <Button size="small" color="error" onClick={onDelete} aria-label={`Delete ${name}`}>
        Delete
      </Button>
    </>
  );
}
