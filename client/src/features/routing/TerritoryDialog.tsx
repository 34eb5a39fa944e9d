import { useMutation } from "@apollo/client/react";
import { TERRITORY_FIELDS, TerritoryDistribution } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import MenuItem from "@mui/material/MenuItem";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import { describeError } from "../../api/errors";
import { sentence } from "../../components/conditions/conditionValue";
import { useFormDraft } from "../../hooks/useFormDraft";
import { ConditionsBuilder } from "./ConditionsBuilder";
import { createTerritoryMutation, updateTerritoryMutation } from "./routingMutations";
import {
  emptyTerritoryForm,
  type TerritoryForm,
  territoryForm,
  territoryInput,
  type TerritoryView,
  validateTerritory,
} from "./territoryDraft";

interface Option {
  readonly id: string;
  readonly name: string;
}

interface TerritoryDialogProps {
  /** The territory to edit, or null for a new one. */
  readonly territory: TerritoryView | null;
  readonly teams: readonly Option[];
  readonly users: readonly Option[];
  /** A new territory's priority: above every other, so it is tried first. */
  readonly newPriority: number;
  readonly onClose: () => void;
}

const DISTRIBUTION_TEXT: Record<TerritoryDistribution, string> = {
  ROUND_ROBIN: "Round robin",
  LEAST_LOADED: "Least loaded",
};

/** Creates or edits a territory: name, owner (a team or a rep), criteria, priority. */
export function TerritoryDialog({ territory, teams, users, newPriority, onClose }: TerritoryDialogProps) {
  const { form, errorFor, change, submit, serverError } = useFormDraft<TerritoryForm>(
    () => (territory ? territoryForm(territory) : emptyTerritoryForm(newPriority)),
    validateTerritory,
  );
  const refetch = { refetchQueries: ["RoutingAdmin"], awaitRefetchQueries: true };
  const [createTerritory, create] = useMutation(createTerritoryMutation, refetch);
  const [updateTerritory, update] = useMutation(updateTerritoryMutation, refetch);
  const saveError = create.error ?? update.error;

  const save = () =>
    submit(async () => {
      const input = territoryInput(form);
      if (form.id) await updateTerritory({ variables: { input: { ...input, id: form.id } } });
      else await createTerritory({ variables: { input } });
      onClose();
    });

  const owner =
    form.ownerKind === "team"
      ? { name: "teamId", label: "Team", options: teams, value: form.teamId }
      : { name: "userId", label: "Rep", options: users, value: form.userId };
  const shownFields = new Set([
    "name",
    "priority",
    owner.name,
    ...form.criteria.flatMap((_, i) =>
      ["field", "operator", "value"].map((input) => `criteria.${i}.${input}`),
    ),
  ]);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="territory-title">
      <DialogTitle id="territory-title">
        {territory ? `Edit “${territory.name}”` : "New territory"}
      </DialogTitle>
      <DialogContent dividers sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
        <Box sx={{ display: "flex", gap: 2, mt: 1 }}>
          <TextField
            label="Name"
            value={form.name}
            onChange={(event) => change({ name: event.target.value }, "name")}
            error={!!errorFor("name")}
            helperText={errorFor("name")}
            autoFocus
            sx={{ flex: 2 }}
          />
          <TextField
            label="Priority"
            value={form.priority}
            onChange={(event) => change({ priority: event.target.value }, "priority")}
            error={!!errorFor("priority")}
            helperText={errorFor("priority") ?? "Higher is tried first"}
            slotProps={{ htmlInput: { inputMode: "numeric" } }}
            sx={{ flex: 1 }}
          />
        </Box>
        <Box sx={{ display: "flex", gap: 2 }}>
          <TextField
            select
            label="Owned by"
            value={form.ownerKind}
            onChange={(event) => change({ ownerKind: event.target.value as "team" | "user" }, "ownerKind")}
            sx={{ flex: 1 }}
          >
            <MenuItem value="team">A team</MenuItem>
            <MenuItem value="user">A rep</MenuItem>
          </TextField>
          <TextField
            select
            label={owner.label}
            value={owner.value}
            onChange={(event) => change({ [owner.name]: event.target.value }, owner.name)}
            error={!!errorFor(owner.name)}
            helperText={errorFor(owner.name)}
            sx={{ flex: 1 }}
          >
            {owner.options.map((option) => (
              <MenuItem key={option.id} value={option.id}>
                {option.name}
              </MenuItem>
            ))}
          </TextField>
          {form.ownerKind === "team" && (
            <TextField
              select
              label="Shared by"
              value={form.distribution}
              onChange={(event) =>
                change({ distribution: event.target.value as TerritoryDistribution }, "distribution")
              }
              sx={{ flex: 1 }}
            >
              {Object.values(TerritoryDistribution).map((distribution) => (
                <MenuItem key={distribution} value={distribution}>
                  {DISTRIBUTION_TEXT[distribution]}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Box>
        <ConditionsBuilder
          prefix="criteria"
          fields={TERRITORY_FIELDS}
          emptyText="Add at least one criterion: country, state, industry, company size or revenue."
          match={form.criteriaMatch}
          conditions={form.criteria}
          onMatchChange={(criteriaMatch) => change({ criteriaMatch }, "criteriaMatch")}
          onChange={(criteria, name) => change({ criteria }, name)}
          errorFor={errorFor}
        />
        <FormControlLabel
          control={<Switch checked={form.active} onChange={(_, active) => change({ active }, "active")} />}
          label="Active"
        />
        {saveError && !serverError && <Alert severity="error">{describeError(saveError)}</Alert>}
        {(serverError && !shownFields.has(serverError.field)) || errorFor("criteria") ? (
          <Alert severity="error">
            {serverError && !shownFields.has(serverError.field)
              ? sentence(`${serverError.field} ${serverError.message}`)
              : `Criteria ${errorFor("criteria")}`}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" loading={create.loading || update.loading} onClick={() => void save()}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
