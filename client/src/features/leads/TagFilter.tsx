import Autocomplete from "@mui/material/Autocomplete";
import TextField from "@mui/material/TextField";

interface TagFilterProps {
  readonly label: string;
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
}

/** A filter on free-form values (such as source): type a value, Enter adds it as a chip. */
export function TagFilter({ label, selected, onChange }: TagFilterProps) {
  return (
    <Autocomplete
      multiple
      freeSolo
      size="small"
      options={[]}
      value={[...selected]}
      onChange={(_event, values) => onChange(values)}
      renderInput={(params) => (
        <TextField {...params} label={label} placeholder={selected.length ? undefined : "Type, then Enter"} />
      )}
      sx={{ minWidth: 150, maxWidth: 280 }}
    />
  );
}
