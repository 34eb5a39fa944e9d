import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import Select from "@mui/material/Select";
import { useId } from "react";

export interface FilterOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface MultiSelectFilterProps<T extends string> {
  readonly label: string;
  readonly options: readonly FilterOption<T>[];
  readonly selected: readonly T[];
  readonly onChange: (selected: T[]) => void;
  readonly disabled?: boolean;
}

/** A labelled dropdown of checkable options; an empty selection means "any". */
export function MultiSelectFilter<T extends string>(props: MultiSelectFilterProps<T>) {
  const { label, options, selected, onChange, disabled } = props;
  const labelId = useId();
  const labels = new Map<string, string>(options.map((option) => [option.value, option.label]));

  return (
    <FormControl size="small" sx={{ width: 140 }} disabled={disabled}>
      <InputLabel id={labelId}>{label}</InputLabel>
      <Select<T[]>
        labelId={labelId}
        label={label}
        multiple
        value={[...selected]}
        // A string only comes from browser autofill, which this field does not use.
        onChange={(event) => typeof event.target.value !== "string" && onChange(event.target.value)}
        renderValue={(values) => values.map((value) => labels.get(value) ?? value).join(", ")}
      >
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value} dense>
            <Checkbox checked={selected.includes(option.value)} size="small" tabIndex={-1} disableRipple />
            <ListItemText primary={option.label} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
