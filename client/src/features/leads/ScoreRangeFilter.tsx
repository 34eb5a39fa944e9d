import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useDebouncedField } from "../../hooks/useDebouncedField";

interface ScoreRangeFilterProps {
  readonly min: number | null | undefined;
  readonly max: number | null | undefined;
  readonly onChange: (range: { scoreMin?: number; scoreMax?: number }) => void;
}

function toScore(text: string): number | undefined {
  const score = Number.parseInt(text, 10);
  return Number.isNaN(score) ? undefined : score;
}

/** Minimum and maximum score, applied as the user types. */
export function ScoreRangeFilter({ min, max, onChange }: ScoreRangeFilterProps) {
  const minField = useDebouncedField(min?.toString() ?? "", (text) =>
    onChange({ scoreMin: toScore(text), scoreMax: max ?? undefined }),
  );
  const maxField = useDebouncedField(max?.toString() ?? "", (text) =>
    onChange({ scoreMin: min ?? undefined, scoreMax: toScore(text) }),
  );
  // Scores live in 0-100 (see clampScore in shared/).
  const numeric = { htmlInput: { inputMode: "numeric", min: 0, max: 100 } } as const;

  return (
    <Stack direction="row" spacing={1}>
      <TextField
        {...minField.props}
        label="Min score"
        type="number"
        size="small"
        slotProps={numeric}
        sx={{ width: 100 }}
      />
      <TextField
        {...maxField.props}
        label="Max score"
        type="number"
        size="small"
        slotProps={numeric}
        sx={{ width: 100 }}
      />
    </Stack>
  );
}
