import { operatorsForField, type ScoringOperator } from "@leadline/shared";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { ConditionFieldSelect } from "./ConditionFieldSelect";
import { ConditionValueInput } from "./ConditionValueInput";
import { type ConditionValueParts, OPERATOR_WORDS, sentence } from "./conditionValue";

/** A condition as its inputs hold it: field, operator and the value parts. */
export interface ConditionDraft extends ConditionValueParts {
  readonly field: string;
  readonly operator: ScoringOperator;
}

/** Which input changed, for showing errors only on touched inputs. */
export type ConditionInputName = "field" | "operator" | "value";

interface ConditionInputsProps {
  readonly condition: ConditionDraft;
  readonly onChange: (patch: Partial<ConditionDraft>, name: ConditionInputName) => void;
  /** The error to show under an input, if any. */
  readonly errorFor: (name: ConditionInputName) => string | undefined;
  /** The fields offered; default: every field. */
  readonly fields?: readonly string[] | undefined;
}

/**
 * Field, operator and value of one condition (scoring rules and routing rules share the vocabulary).
 * Picking a field keeps the operator when the field allows it, else takes the field's first.
 */
export function ConditionInputs({ condition, onChange, errorFor, fields }: ConditionInputsProps) {
  const changeField = (field: string) => {
    const operators = operatorsForField(field);
    const operator = operators.includes(condition.operator)
      ? condition.operator
      : (operators[0] ?? condition.operator);
    onChange({ field, operator }, "field");
  };
  return (
    <>
      <ConditionFieldSelect
        field={condition.field}
        onChange={changeField}
        error={errorFor("field")}
        fields={fields}
      />
      <TextField
        select
        label="Operator"
        value={condition.operator}
        onChange={(event) => onChange({ operator: event.target.value as ScoringOperator }, "operator")}
        error={!!errorFor("operator")}
        helperText={errorFor("operator")}
      >
        {operatorsForField(condition.field).map((operator) => (
          <MenuItem key={operator} value={operator}>
            {sentence(OPERATOR_WORDS[operator])}
          </MenuItem>
        ))}
      </TextField>
      <ConditionValueInput
        field={condition.field}
        operator={condition.operator}
        value={condition}
        onChange={(value) => onChange(value, "value")}
        error={errorFor("value")}
      />
    </>
  );
}
