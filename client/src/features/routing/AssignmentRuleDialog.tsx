import { useMutation } from "@apollo/client/react";
import { RoutingStrategy } from "@leadline/shared";
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
import {
  type AssignmentRuleForm,
  type AssignmentRuleView,
  assignmentRuleForm,
  assignmentRuleInput,
  emptyAssignmentRuleForm,
  needsUser,
  validateAssignmentRule,
} from "./assignmentRuleDraft";
import { ConditionsBuilder } from "./ConditionsBuilder";
import { createAssignmentRuleMutation, updateAssignmentRuleMutation } from "./routingMutations";
import { STRATEGY_TEXT } from "./strategyText";

interface Option {
  readonly id: string;
  readonly name: string;
}

interface AssignmentRuleDialogProps {
  /** The rule to edit, or null for a new one. */
  readonly rule: AssignmentRuleView | null;
  readonly teams: readonly Option[];
  readonly users: readonly Option[];
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
  const { form, errorFor, change, submit, serverError } = useFormDraft<AssignmentRuleForm>(
    () => (rule ? assignmentRuleForm(rule) : emptyAssignmentRuleForm()),
    validateAssignmentRule,
  );
  const refetch = { refetchQueries: ["RoutingAdmin"], awaitRefetchQueries: true };
  const [createRule, create] = useMutation(createAssignmentRuleMutation, refetch);
  const [updateRule, update] = useMutation(updateAssignmentRuleMutation, refetch);
  const saveError = create.error ?? update.error;

  const save = () =>
    submit(async () => {
      const input = assignmentRuleInput(form);
      if (form.id) await updateRule({ variables: { input: { ...input, id: form.id } } });
      else await createRule({ variables: { input: { ...input, priority: newPriority } } });
      onClose();
    });

  const targetIsUser = needsUser(form.strategy);
  const target = targetIsUser
    ? { name: "userId", label: "Rep", options: users, value: form.userId }
    : { name: "teamId", label: "Team", options: teams, value: form.teamId };
  // A server error on an input shows under it; any other (say, `conditions`) above the buttons.
  const shownFields = new Set([
    "name",
    target.name,
    ...form.conditions.flatMap((_, i) =>
      ["field", "operator", "value"].map((input) => `conditions.${i}.${input}`),
    ),
  ]);
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="assignment-rule-title">
      <DialogTitle id="assignment-rule-title">
        {rule ? `Edit “${rule.name}”` : "New routing rule"}
      </DialogTitle>
      <DialogContent dividers sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
        <TextField
          label="Name"
          value={form.name}
          onChange={(event) => change({ name: event.target.value }, "name")}
          error={!!errorFor("name")}
          helperText={errorFor("name")}
          autoFocus
          sx={{ mt: 1 }}
        />
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
          <TextField
            select
            label={target.label}
            value={target.value}
            onChange={(event) => change({ [target.name]: event.target.value }, target.name)}
            error={!!errorFor(target.name)}
            helperText={errorFor(target.name)}
            sx={{ flex: 1 }}
          >
            {form.strategy === RoutingStrategy.TERRITORY && <MenuItem value="">No team</MenuItem>}
            {target.options.map((option) => (
              <MenuItem key={option.id} value={option.id}>
                {option.name}
              </MenuItem>
            ))}
          </TextField>
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
        {saveError && !serverError && <Alert severity="error">{describeError(saveError)}</Alert>}
        {serverError && !shownFields.has(serverError.field) && (
          <Alert severity="error">{sentence(`${serverError.field} ${serverError.message}`)}</Alert>
        )}
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
