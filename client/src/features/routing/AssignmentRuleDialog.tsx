import { RoutingStrategy } from "@leadline/shared";
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
import {
  type AssignmentRuleForm,
  type AssignmentRuleView,
  assignmentRuleForm,
  assignmentRuleInput,
  emptyAssignmentRuleForm,
  needsUser,
  validateAssignmentRule,
} from "./assignmentRuleDraft";
import { ConditionsBuilder, conditionInputNames } from "./ConditionsBuilder";
import { type OwnerChoices, OwnerSelect, ownerInput } from "./OwnerSelect";
import { createAssignmentRuleMutation, updateAssignmentRuleMutation } from "./routingMutations";
import { STRATEGY_TEXT } from "./strategyText";

interface AssignmentRuleDialogProps extends OwnerChoices {
  /** The rule to edit, or null for a new one. */
  readonly rule: AssignmentRuleView | null;
  /** A new rule's priority: above every other, so it is tried first until moved. */
  readonly newPriority: number;
  readonly onClose: () => void;
}

/** Creates or edits an assignment rule: name, strategy and target, conditions, switches. */
export function AssignmentRuleDialog({
  rule,
  teams,
  users,
  newPriority,
  onClose,
}: AssignmentRuleDialogProps) {
  const { form, errorFor, change, submit, serverError, textFieldProps, serverErrorElsewhere } =
    useFormDraft<AssignmentRuleForm>(
      () => (rule ? assignmentRuleForm(rule) : emptyAssignmentRuleForm()),
      validateAssignmentRule,
    );
  const mutations = useCreateOrUpdate(createAssignmentRuleMutation, updateAssignmentRuleMutation, [
    "RoutingAdmin",
  ]);

  const save = () =>
    submit(async () => {
      await mutations.save(form.id, assignmentRuleInput(form), { priority: newPriority });
      onClose();
    });

  const target = ownerInput(needsUser(form.strategy) ? "user" : "team", { teams, users }, form);
  // A server error on an input shows under it; any other (say, `conditions`) above the buttons.
  const otherServerError = serverErrorElsewhere(
    new Set(["name", target.name, ...conditionInputNames("conditions", form.conditions)]),
  );
  return (
    <SaveDialog
      title={rule ? `Edit “${rule.name}”` : "New routing rule"}
      titleId="assignment-rule-title"
      maxWidth="sm"
      dividers
      contentSx={{ display: "flex", flexDirection: "column", gap: 2 }}
      saving={mutations.saving}
      onSave={() => void save()}
      onClose={onClose}
    >
      <TextField label="Name" {...textFieldProps("name")} autoFocus sx={{ mt: 1 }} />
      <Box sx={{ display: "flex", gap: 2 }}>
        <TextField
          select
          label="Strategy"
          value={form.strategy}
          onChange={(event) => change({ strategy: event.target.value as RoutingStrategy }, "strategy")}
          helperText={STRATEGY_TEXT[form.strategy].help}
          sx={{ flex: 1 }}
        >
          {Object.values(RoutingStrategy).map((strategy) => (
            <MenuItem key={strategy} value={strategy}>
              {STRATEGY_TEXT[strategy].label}
            </MenuItem>
          ))}
        </TextField>
        <OwnerSelect
          owner={target}
          error={errorFor(target.name)}
          noneLabel={form.strategy === RoutingStrategy.TERRITORY ? "No team" : undefined}
          onChange={(value) => change({ [target.name]: value }, target.name)}
        />
      </Box>
      <ConditionsBuilder
        match={form.conditionMatch}
        conditions={form.conditions}
        onMatchChange={(conditionMatch) => change({ conditionMatch }, "conditionMatch")}
        onChange={(conditions, name) => change({ conditions }, name)}
        errorFor={errorFor}
      />
      <Box sx={{ display: "flex", gap: 2 }}>
        <FormControlLabel
          control={<Switch checked={form.active} onChange={(_, active) => change({ active }, "active")} />}
          label="Active"
        />
        <FormControlLabel
          control={
            <Switch
              checked={form.respectWorkingHours}
              onChange={(_, respectWorkingHours) => change({ respectWorkingHours }, "respectWorkingHours")}
            />
          }
          label="Only reps within working hours"
        />
      </Box>
      {mutations.error && !serverError && <Alert severity="error">{describeError(mutations.error)}</Alert>}
      {otherServerError && <Alert severity="error">{otherServerError}</Alert>}
    </SaveDialog>
  );
}
