import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";

/** A team or a rep that routing can send leads to. */
export interface OwnerOption {
  readonly id: string;
  readonly name: string;
}

/** The input that picks the owner: a team or a rep, with the form's current choice. */
export interface OwnerInput {
  readonly name: "teamId" | "userId";
  readonly label: string;
  readonly options: readonly OwnerOption[];
  readonly value: string;
}

/** The teams and the active reps a routing dialog offers as owners. */
export interface OwnerChoices {
  readonly teams: readonly OwnerOption[];
  readonly users: readonly OwnerOption[];
}

/** The team input or the rep input of a routing form, by `kind`. */
export function ownerInput(
  kind: "team" | "user",
  { teams, users }: OwnerChoices,
  form: { readonly teamId: string; readonly userId: string },
): OwnerInput {
  return kind === "team"
    ? { name: "teamId", label: "Team", options: teams, value: form.teamId }
    : { name: "userId", label: "Rep", options: users, value: form.userId };
}

interface OwnerSelectProps {
  readonly owner: OwnerInput;
  readonly error: string | undefined;
  /** Offers "no owner" (value "") under this label. */
  readonly noneLabel?: string;
  readonly onChange: (value: string) => void;
}

/** Picks the team or rep a routing rule or territory sends its leads to. */
export function OwnerSelect({ owner, error, noneLabel, onChange }: OwnerSelectProps) {
  return (
    <TextField
      select
      label={owner.label}
      value={owner.value}
      onChange={(event) => onChange(event.target.value)}
      error={!!error}
      helperText={error}
      sx={{ flex: 1 }}
    >
      {noneLabel && <MenuItem value="">{noneLabel}</MenuItem>}
      {owner.options.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {option.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
