import AddIcon from "@mui/icons-material/Add";
import DeleteOutlinedIcon from "@mui/icons-material/DeleteOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { ConditionMatch } from "@leadline/shared";
import { ConditionInputs, type ConditionInputName } from "../../components/conditions/ConditionInputs";
import { type ConditionRow, emptyCondition } from "./assignmentRuleDraft";

/** Most conditions one rule may hold (the server's limit). */
const MAX_CONDITIONS = 20;

const INPUT_NAMES: readonly ConditionInputName[] = ["field", "operator", "value"];

/** Every condition input's name as errors give it (`conditions.0.field`, …): the inputs that show their own errors. */
export function conditionInputNames(
  prefix: "conditions" | "criteria",
  conditions: readonly ConditionRow[],
): string[] {
  return conditions.flatMap((_, index) => INPUT_NAMES.map((input) => `${prefix}.${index}.${input}`));
}

interface ConditionsBuilderProps {
  readonly match: ConditionMatch;
  readonly conditions: readonly ConditionRow[];
  readonly onMatchChange: (match: ConditionMatch) => void;
  readonly onChange: (conditions: ConditionRow[], touched: string) => void;
  /** The error for `<prefix>.<index>.<input>`. */
  readonly errorFor: (name: string) => string | undefined;
  /** The input's name in the API and in error fields: `conditions` (rules) or `criteria` (territories). */
  readonly prefix?: "conditions" | "criteria";
  /** The fields offered; default: every field. */
  readonly fields?: readonly string[];
  /** Shown when there are none. */
  readonly emptyText?: string;
}

/** Which leads a rule takes: conditions (all or any must hold) in the scoring rules' vocabulary. */
export function ConditionsBuilder({
  match,
  conditions,
  onMatchChange,
  onChange,
  errorFor,
  prefix = "conditions",
  fields,
  emptyText = "No conditions: the rule takes every lead (a fallback).",
}: ConditionsBuilderProps) {
  const noun = prefix === "criteria" ? "Criterion" : "Condition";
  const update = (index: number, patch: Partial<ConditionRow>, input: ConditionInputName) =>
    onChange(
      conditions.map((row, i) => (i === index ? { ...row, ...patch } : row)),
      `${prefix}.${index}.${input}`,
    );
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1.5 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        <Typography variant="subtitle2" component="h3">
          {prefix === "criteria" ? "Criteria" : "Conditions"}
        </Typography>
        {conditions.length > 1 && (
          <TextField
            select
            size="small"
            label="Match"
            value={match}
            onChange={(event) => onMatchChange(event.target.value as ConditionMatch)}
          >
            <MenuItem value="ALL">All must hold</MenuItem>
            <MenuItem value="ANY">Any may hold</MenuItem>
          </TextField>
        )}
      </Box>
      {conditions.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {emptyText}
        </Typography>
      )}
      {conditions.map((row, index) => (
        <Paper
          key={row.key}
          variant="outlined"
          role="group"
          aria-label={`${noun} ${index + 1}`}
          sx={{ p: 1.5, display: "flex", flexDirection: "column", gap: 1.5 }}
        >
          <Box sx={{ display: "flex", alignItems: "center" }}>
            <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }}>
              {noun} {index + 1}
            </Typography>
            <IconButton
              size="small"
              aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
              onClick={() =>
                onChange(
                  conditions.filter((_, i) => i !== index),
                  prefix,
                )
              }
            >
              <DeleteOutlinedIcon fontSize="small" />
            </IconButton>
          </Box>
          <ConditionInputs
            condition={row}
            onChange={(patch, input) => update(index, patch, input)}
            errorFor={(input) => errorFor(`${prefix}.${index}.${input}`)}
            fields={fields}
          />
        </Paper>
      ))}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...conditions, emptyCondition()], prefix)}
        disabled={conditions.length >= MAX_CONDITIONS}
        sx={{ alignSelf: "flex-start" }}
      >
        Add {noun.toLowerCase()}
      </Button>
    </Box>
  );
}
