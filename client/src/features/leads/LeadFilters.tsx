import FilterListOffIcon from "@mui/icons-material/FilterListOff";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import type { Grade } from "@leadline/shared";
import type { LeadFilter, LeadStatus } from "../../api/gql/graphql";
import { LEAD_STATUSES } from "./leadStatus";
import { MultiSelectFilter } from "./MultiSelectFilter";
import { OwnerFilter } from "./OwnerFilter";
import { ScoreRangeFilter } from "./ScoreRangeFilter";
import { TagFilter } from "./TagFilter";

const STATUS_OPTIONS = Object.entries(LEAD_STATUSES).map(([value, { label }]) => ({
  value: value as LeadStatus,
  label,
}));
const GRADES: readonly Grade[] = ["A", "B", "C", "D"];
const GRADE_OPTIONS = GRADES.map((grade) => ({ value: grade, label: grade }));

interface LeadFiltersProps {
  readonly filter: LeadFilter;
  readonly onChange: (filter: LeadFilter) => void;
}

/** The filter bar above the leads table; every change goes to the server as `filter`. */
export function LeadFilters({ filter, onChange }: LeadFiltersProps) {
  const set = (patch: Partial<LeadFilter>) => onChange({ ...filter, ...patch });
  const active = Object.keys(filter).length > 0;

  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={1.5}
      sx={{ flexWrap: "wrap", alignItems: "center" }}
      role="group"
      aria-label="Lead filters"
    >
      <MultiSelectFilter
        label="Status"
        options={STATUS_OPTIONS}
        selected={filter.status ?? []}
        onChange={(status) => set({ status })}
      />
      <OwnerFilter
        selected={filter.assignedToIds ?? []}
        onChange={(assignedToIds) => set({ assignedToIds })}
        disabled={Boolean(filter.unassigned)}
      />
      <FormControlLabel
        label="Unassigned"
        control={
          <Switch
            size="small"
            checked={Boolean(filter.unassigned)}
            onChange={(_event, checked) =>
              set({ unassigned: checked || undefined, assignedToIds: undefined })
            }
          />
        }
      />
      <MultiSelectFilter
        label="Grade"
        options={GRADE_OPTIONS}
        selected={filter.grade ?? []}
        onChange={(grade) => set({ grade })}
      />
      <TagFilter label="Source" selected={filter.source ?? []} onChange={(source) => set({ source })} />
      <ScoreRangeFilter min={filter.scoreMin} max={filter.scoreMax} onChange={set} />
      {/* Always there (disabled when there is nothing to clear), so the bar never reflows. */}
      <Button startIcon={<FilterListOffIcon />} onClick={() => onChange({})} disabled={!active}>
        Clear filters
      </Button>
    </Stack>
  );
}
