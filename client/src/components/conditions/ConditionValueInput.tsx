import { scoringField, ScoringFieldType, type ScoringOperator } from "@leadline/shared";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { humanize } from "../../format";
import { type ConditionValueParts, valueKind } from "./conditionValue";

interface ConditionValueInputProps {
  readonly field: string;
  readonly operator: ScoringOperator;
  readonly value: ConditionValueParts;
  readonly onChange: (value: Partial<ConditionValueParts>) => void;
  readonly error: string | undefined;
}

/** The input for a condition's value that fits the field's type and the operator (none for IS_EMPTY). */
export function ConditionValueInput({ field, operator, value, onChange, error }: ConditionValueInputProps) {
  const definition = scoringField(field);
  const options = definition?.options;
  const type = definition?.type;
  const inputType =
    type === ScoringFieldType.NUMBER ? "number" : type === ScoringFieldType.DATE ? "date" : "text";
  const shared = { error: !!error, helperText: error, fullWidth: true } as const;

  switch (valueKind(field, operator)) {
    case "none":
      return null;
    case "boolean":
      return (
        <TextField
          select
          label="Value"
          value={value.text}
          onChange={(e) => onChange({ text: e.target.value })}
          {...shared}
        >
          <MenuItem value="true">Yes</MenuItem>
          <MenuItem value="false">No</MenuItem>
        </TextField>
      );
    case "list":
      return (
        <Autocomplete
          multiple
          freeSolo
          autoSelect
          options={options ?? []}
          getOptionLabel={(option) => (options?.includes(option) ? humanize(option) : option)}
          value={[...value.list]}
          onChange={(_, list) => onChange({ list: list.map((item) => item.trim()).filter(Boolean) })}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Values"
              {...shared}
              helperText={error ?? "Press Enter after each value"}
            />
          )}
        />
      );
    case "range": {
      const [min, max] = value.range;
      const slotProps = { inputLabel: { shrink: true } };
      return (
        <Box sx={{ display: "flex", gap: 2 }}>
          <TextField
            label="From"
            type={inputType}
            value={min}
            onChange={(e) => onChange({ range: [e.target.value, max] })}
            slotProps={slotProps}
            {...shared}
          />
          <TextField
            label="To"
            type={inputType}
            value={max}
            onChange={(e) => onChange({ range: [min, e.target.value] })}
            slotProps={slotProps}
            {...shared}
            helperText={undefined}
          />
        </Box>
      );
    }
    case "single":
      return options ? (
        <TextField
          select
          label="Value"
          value={value.text}
          onChange={(e) => onChange({ text: e.target.value })}
          {...shared}
        >
          {options.map((option) => (
            <MenuItem key={option} value={option}>
              {humanize(option)}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <TextField
          label="Value"
          type={inputType}
          value={value.text}
          onChange={(e) => onChange({ text: e.target.value })}
          slotProps={{ inputLabel: { shrink: inputType === "date" || undefined } }}
          {...shared}
        />
      );
  }
}
