import { CUSTOM_FIELD_PREFIX, SCORING_FIELDS, scoringField } from "@leadline/shared";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";

// The registry's fields (lead fields first, then computed ones), then the door to a custom field.
const FIELD_OPTIONS: readonly string[] = [...Object.keys(SCORING_FIELDS), CUSTOM_FIELD_PREFIX];

function optionLabel(option: string): string {
  return option === CUSTOM_FIELD_PREFIX ? "Custom field…" : (scoringField(option)?.label ?? option);
}

function optionGroup(option: string): string {
  if (option === CUSTOM_FIELD_PREFIX) return "Your organisation's fields";
  return scoringField(option)?.computed ? "Computed" : "Lead";
}

interface ConditionFieldSelectProps {
  /** A SCORING_FIELDS name, `customFields.<key>`, or "" before one is picked. */
  readonly field: string;
  readonly onChange: (field: string) => void;
  readonly error: string | undefined;
  /** Only these registry fields (no custom ones), e.g. a territory's; default: every field. */
  readonly fields?: readonly string[] | undefined;
}

/** The field a condition reads: searchable and grouped; a custom field then asks for its key. */
export function ConditionFieldSelect({ field, onChange, error, fields }: ConditionFieldSelectProps) {
  const custom = field.startsWith(CUSTOM_FIELD_PREFIX);
  return (
    <Box sx={{ display: "flex", gap: 2 }}>
      <Autocomplete
        options={fields ?? FIELD_OPTIONS}
        value={custom ? CUSTOM_FIELD_PREFIX : field || null}
        onChange={(_, option) => onChange(option ?? "")}
        getOptionLabel={optionLabel}
        groupBy={optionGroup}
        sx={{ flex: 1 }}
        renderInput={(params) => (
          <TextField {...params} label="Field" error={!custom && !!error} helperText={!custom && error} />
        )}
      />
      {custom && (
        <TextField
          label="Custom field key"
          value={field.slice(CUSTOM_FIELD_PREFIX.length)}
          onChange={(event) => onChange(CUSTOM_FIELD_PREFIX + event.target.value)}
          error={!!error}
          helperText={error ?? "As stored on the lead, e.g. urgency"}
          sx={{ flex: 1 }}
        />
      )}
    </Box>
  );
}
