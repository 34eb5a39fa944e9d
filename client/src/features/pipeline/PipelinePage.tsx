import InsightsOutlinedIcon from "@mui/icons-material/InsightsOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { Grade } from "@leadline/shared";
import { useState } from "react";
import { Link } from "react-router";
import { describeError } from "../../api/errors";
import type { LeadFilter } from "../../api/gql/graphql";
import { useDebouncedCallback } from "../../hooks/useDebouncedCallback";
import { MultiSelectFilter } from "../leads/MultiSelectFilter";
import { OwnerFilter } from "../leads/OwnerFilter";
import { TagFilter } from "../leads/TagFilter";
import { PipelineBoard } from "./PipelineBoard";
import { EditStagesButton } from "./StagesDialog";
import { usePipelineStages } from "./pipelineStages";
import { useLivePipeline } from "./useLivePipeline";

const GRADES: readonly Grade[] = ["A", "B", "C", "D"];
const GRADE_OPTIONS = GRADES.map((grade) => ({ value: grade, label: grade }));

/** The board reps live in: every stage a column, filtered and searched, kept live. */
export function PipelinePage() {
  const { data, error } = usePipelineStages();
  const [filter, setFilter] = useState<LeadFilter>({});
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const applySearch = useDebouncedCallback((text: string) => setSearch(text.trim()), 300);
  useLivePipeline();
  const set = (patch: Partial<LeadFilter>) => setFilter((current) => ({ ...current, ...patch }));

  return (
    <Paper
      variant="outlined"
      sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column", gap: 2, p: 2 }}
    >
      <Box sx={{ display: "flex", alignItems: "center" }}>
        <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
          Pipeline
        </Typography>
        <EditStagesButton />
        <Button component={Link} to="/pipeline/insights" startIcon={<InsightsOutlinedIcon />}>
          Insights
        </Button>
      </Box>
      <Stack
        direction="row"
        useFlexGap
        spacing={1.5}
        sx={{ flexWrap: "wrap" }}
        role="group"
        aria-label="Board filters"
      >
        <TextField
          size="small"
          label="Search the board"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            applySearch.run(event.target.value);
          }}
          sx={{ width: 220 }}
        />
        <OwnerFilter
          selected={filter.assignedToIds ?? []}
          onChange={(assignedToIds) => set({ assignedToIds })}
          disabled={false}
        />
        <TagFilter label="Source" selected={filter.source ?? []} onChange={(source) => set({ source })} />
        <MultiSelectFilter
          label="Grade"
          options={GRADE_OPTIONS}
          selected={filter.grade ?? []}
          onChange={(grade) => set({ grade })}
        />
      </Stack>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      {data ? (
        <PipelineBoard stages={data.pipelineStages} filter={filter} search={search} />
      ) : (
        <Box>{!error && <LinearProgress aria-label="Loading the board" />}</Box>
      )}
    </Paper>
  );
}
