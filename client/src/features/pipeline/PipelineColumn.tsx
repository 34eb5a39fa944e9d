import { useDroppable } from "@dnd-kit/core";
import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useEffect, useState } from "react";
import type { LeadFilter } from "../../api/gql/graphql";
import { ColumnPage, columnPageQuery, columnVariables } from "./ColumnPage";
import type { Stage } from "./pipelineStages";

interface PipelineColumnProps {
  readonly stage: Stage;
  readonly filter: LeadFilter;
  readonly search: string;
  /** While a card is dragged: whether it may be dropped here (null when nothing is dragged). */
  readonly accepts: boolean | null;
}

/** A stage's column: its name and count, and its cards a page at a time. */
export function PipelineColumn({ stage, filter, search, accepts }: PipelineColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, disabled: accepts === false, data: { stage } });
  // Pages beyond the first, by the cursor each starts after; a new filter starts again from one page.
  const [cursors, setCursors] = useState<string[]>([]);
  const key = JSON.stringify([filter, search]);
  useEffect(() => setCursors([]), [key]);
  // The first page's query, shared with its ColumnPage through the cache, gives the count.
  const { data, previousData } = useQuery(columnPageQuery, {
    variables: columnVariables(stage.id, filter, search, null),
    fetchPolicy: "cache-first",
  });
  const total = (data ?? previousData)?.leads.totalCount;
  const pages = [null, ...cursors];
  const headingId = `stage-${stage.id}`;

  return (
    <Box
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      data-stage={stage.name}
      sx={{
        flex: "1 1 0",
        minWidth: 200,
        maxWidth: 320,
        display: "flex",
        flexDirection: "column",
        minHeight: 0,
        borderRadius: 1,
        bgcolor: isOver ? "action.selected" : "background.default",
        border: 1,
        borderColor: isOver ? "primary.main" : "divider",
        opacity: accepts === false ? 0.45 : 1,
        transition: "opacity 120ms, background-color 120ms",
      }}
    >
      <Box
        sx={{
          px: 1.5,
          py: 1,
          borderTop: 4,
          borderColor: stage.color,
          borderRadius: 1,
          display: "flex",
          gap: 1,
        }}
      >
        <Typography id={headingId} component="h2" variant="subtitle2" sx={{ flex: 1 }}>
          {stage.name}
        </Typography>
        <Typography variant="subtitle2" color="text.secondary" aria-label={`${total ?? 0} leads`}>
          {total?.toLocaleString() ?? "…"}
        </Typography>
      </Box>
      <Box
        sx={{
          flex: 1,
          minHeight: 0,
          overflowY: "auto",
          px: 1,
          pb: 1,
          display: "flex",
          flexDirection: "column",
          gap: 1,
        }}
      >
        {pages.map((after, index) => (
          <ColumnPage
            key={after ?? "first"}
            stageId={stage.id}
            filter={filter}
            search={search}
            after={after}
            last={index === pages.length - 1}
            onMore={(endCursor) => setCursors((list) => [...list, endCursor])}
          />
        ))}
      </Box>
    </Box>
  );
}
