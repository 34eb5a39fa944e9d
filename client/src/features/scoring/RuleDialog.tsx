import {
  ScoringCategory,
  type ScoringOptions,
  type ScoringRuleDefinition,
  validateScoringRule,
} from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import FormControlLabel from "@mui/material/FormControlLabel";
import MenuItem from "@mui/material/MenuItem";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { humanize } from "../../format";
import {
  draftInput,
  emptyRuleForm,
  formRule,
  proposedRules,
  type RuleForm,
  ruleForm,
  type ScoringRule,
} from "./ruleDraft";
import { ConditionInputs } from "../../components/conditions/ConditionInputs";
import { SaveDialog } from "../../components/SaveDialog";
import { RuleImpact } from "./RuleImpact";
import { RulePreview } from "./RulePreview";
import { useCreateOrUpdate } from "../../hooks/useCreateOrUpdate";
import { useFormDraft } from "../../hooks/useFormDraft";

const createRuleMutation = graphql(`
  mutation CreateScoringRule($input: CreateScoringRuleInput!) {
    createScoringRule(input: $input) {
      rule {
        id
      }
    }
  }
`);

const updateRuleMutation = graphql(`
  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {
    updateScoringRule(input: $input) {
      rule {
        id
      }
    }
  }
`);

interface RuleDialogProps {
  /** The rule to edit, or null for a new one. */
  readonly rule: ScoringRule | null;
  /** The stored rules, for the preview and the impact of the whole proposed set. */
  readonly rules: readonly ScoringRuleDefinition[];
  readonly options: ScoringOptions;
  readonly onClose: () => void;
}

/**
 * The rule builder: a form checked as it is typed (by the evaluator's own validation), a live preview
 * on the newest leads, the impact on all leads on request, and save (create or update).
 */
export function RuleDialog({ rule, rules, options, onClose }: RuleDialogProps) {
  const { form, errors, errorFor, change, submit, serverError, textFieldProps } = useFormDraft<RuleForm>(
    () => (rule ? ruleForm(rule) : emptyRuleForm()),
    (draftForm) => validateScoringRule(formRule(draftForm)),
  );
  const mutations = useCreateOrUpdate(createRuleMutation, updateRuleMutation, ["ScoringPage"]);

  const draft = formRule(form);
  const proposed = proposedRules(rules, draft);

  const save = () =>
    submit(async () => {
      const { id: _draftId, ...input } = draftInput(draft);
      await mutations.save(form.id, input);
      onClose();
    });

  return (
    <SaveDialog
      title={rule ? `Edit “${rule.name}”` : "New rule"}
      titleId="rule-dialog-title"
      maxWidth="lg"
      dividers
      contentSx={{
        display: "grid",
        gap: 3,
        gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 1fr) minmax(0, 1fr)" },
      }}
      saving={mutations.saving}
      note="Saving rescores every lead in the background; its progress shows on the scoring page."
      onSave={() => void save()}
      onClose={onClose}
    >
      <Box sx={{ display: "flex", flexDirection: "column", gap: 2, pt: 1 }}>
        <TextField label="Name" {...textFieldProps("name")} autoFocus />
        <Box sx={{ display: "flex", gap: 2, alignItems: "center" }}>
          <TextField
            select
            label="Category"
            value={form.category}
            onChange={(event) => change({ category: event.target.value as ScoringCategory }, "category")}
            error={!!errorFor("category")}
            helperText={errorFor("category")}
            sx={{ flex: 1 }}
          >
            {Object.values(ScoringCategory).map((category) => (
              <MenuItem key={category} value={category}>
                {humanize(category)}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={<Switch checked={form.active} onChange={(_, active) => change({ active }, "active")} />}
            label="Active"
          />
        </Box>
        <ConditionInputs condition={form} onChange={change} errorFor={errorFor} />
        <Box sx={{ display: "flex", gap: 2 }}>
          <TextField label="Points" type="number" {...textFieldProps("points", "-100 to 100")} />
          <TextField label="Priority" type="number" {...textFieldProps("priority", "Higher runs first")} />
          <TextField
            label="Exclusive group"
            {...textFieldProps("exclusiveGroup", "One match per group counts")}
          />
        </Box>
        {mutations.error && !serverError && <Alert severity="error">{describeError(mutations.error)}</Alert>}
        <RuleImpact key={JSON.stringify(draft)} rules={proposed} disabled={errors.length > 0} />
      </Box>
      <Box sx={{ display: "flex", flexDirection: "column", gap: 2, minWidth: 0 }}>
        <Typography variant="subtitle2" component="h3">
          Preview{errors.length > 0 && " (counts the rule once it is valid)"}
        </Typography>
        <RulePreview rules={proposed} draftId={draft.id} options={options} />
      </Box>
    </SaveDialog>
  );
}
