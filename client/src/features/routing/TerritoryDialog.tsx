import { TERRITORY_FIELDS, TerritoryDistribution } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import FormControlLabel from "@mui/material/FormControlLabel";
import MenuItem from "@mui/material/MenuItem";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import { describeError } from "../../api/errors";
import { SaveDialog } from "../../components/SaveDialog";
import { useCreateOrUpdate } from "../../hooks/useCreateOrUpdate";
import { useFormDraft } from "../../hooks/useFormDraft";
import { ConditionsBuilder, conditionInputNames } from "./ConditionsBuilder";
import { type OwnerChoices, OwnerSelect, ownerInput } from "./OwnerSelect";
import { createTerritoryMutation, updateTerritoryMutation } from "./routingMutations";
import {
  emptyTerritoryForm,
  type TerritoryForm,
  territoryForm,
  territoryInput,
  type TerritoryView,
  validateTerritory,
} from "./territoryDraft";

interface TerritoryDialogProps extends OwnerChoices {
  /** The territory to edit, or null for a new one. */
  readonly territory: TerritoryView | null;
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
  const { form, errorFor, change, submit, serverError, textFieldProps, serverErrorElsewhere } =
    useFormDraft<TerritoryForm>(
      () => (territory ? territoryForm(territory) : emptyTerritoryForm(newPriority)),
      validateTerritory,
    );
  const mutations = useCreateOrUpdate(createTerritoryMutation, updateTerritoryMutation, ["RoutingAdmin"]);

  const save = () =>
    submit(async () => {
      await mutations.save(form.id, territoryInput(form));
      onClose();
    });

  const owner = ownerInput(form.ownerKind, { teams, users }, form);
  const criteriaError = errorFor("criteria");
  const otherError =
    serverErrorElsewhere(
      new Set(["name", "priority", owner.name, ...conditionInputNames("criteria", form.criteria)]),
    ) ??
    (criteriaError && `Criteria ${criteriaError}`);
  return (
    <SaveDialog
      title={territory ? `Edit “${territory.name}”` : "New territory"}
      titleId="territory-title"
      maxWidth="sm"
      dividers
      contentSx={{ display: "flex", flexDirection: "column", gap: 2 }}
      saving={mutations.saving}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Box sx={{ display: "flex", gap: 2, mt: 1 }}>
        <TextField label="Name" {...textFieldProps("name")} autoFocus sx={{ flex: 2 }} />
        <TextField
          label="Priority"
          {...textFieldProps("priority", "Higher is tried first")}
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
        <OwnerSelect
          owner={owner}
          error={errorFor(owner.name)}
          onChange={(value) => change({ [owner.name]: value }, owner.name)}
        />
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
      {mutations.error && !serverError && <Alert severity="error">{describeError(mutations.error)}</Alert>}
      {otherError && <Alert severity="error">{otherError}</Alert>}
    </SaveDialog>
  );
}
