import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Snackbar from "@mui/material/Snackbar";
import { checkTransition } from "@leadline/shared";
import { useState } from "react";
import { describeError } from "../../api/errors";
import type { LeadFilter } from "../../api/gql/graphql";
import { columnKeyboardCoordinates } from "./boardKeyboard";
import type { BoardLead } from "./ColumnPage";
import { CardBody } from "./LeadCard";
import { LostReasonDialog } from "./LostReasonDialog";
import { PipelineColumn } from "./PipelineColumn";
import { stageLike, type Stage } from "./pipelineStages";
import { useMoveLead } from "./useMoveLead";

interface Dragged {
  lead: BoardLead;
  from: Stage;
}

interface PipelineBoardProps {
  readonly stages: readonly Stage[];
  readonly filter: LeadFilter;
  readonly search: string;
}

/** The kanban board: a column per stage; dragging a card to another column moves the lead. */
export function PipelineBoard({ stages, filter, search }: PipelineBoardProps) {
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on a card's name still opens the lead.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [losing, setLosing] = useState<{ lead: BoardLead; to: Stage } | null>(null);
  const [move, { error, reset }] = useMoveLead();
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  const accepts = (to: Stage) =>
    dragged ? checkTransition(stageLike(dragged.from), stageLike(to)).ok : null;

  const onDragStart = ({ active }: DragStartEvent) => {
    const data = active.data.current as { lead: BoardLead; stageId: string } | undefined;
    const from = data && byId.get(data.stageId);
    if (data && from) setDragged({ lead: data.lead, from });
  };
  const onDragEnd = ({ over }: DragEndEvent) => {
    const drag = dragged;
    setDragged(null);
    const to = over ? byId.get(String(over.id)) : undefined;
    if (!drag || !to || !checkTransition(stageLike(drag.from), stageLike(to)).ok) return;
    if (to.category === "LOST") setLosing({ lead: drag.lead, to });
    else void move({ leadId: drag.lead.id, stageId: to.id }).catch(() => undefined);
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{
        announcements: {
          onDragStart: () =>
            `Picked up ${dragged?.lead.fullName ?? "lead"}. Use left and right to choose a stage.`,
          onDragOver: ({ over }) =>
            over ? `Over ${byId.get(String(over.id))?.name ?? "a stage"}.` : "Not over a stage.",
          onDragEnd: ({ over }) =>
            over ? `Dropped in ${byId.get(String(over.id))?.name ?? "a stage"}.` : "Dropped.",
          onDragCancel: () => "Move cancelled.",
        },
      }}
    >
      <Box
        role="region"
        aria-label="Pipeline board"
        sx={{ flex: 1, minHeight: 0, display: "flex", gap: 1.5, overflowX: "auto", pb: 1 }}
      >
        {stages.map((stage) => (
          <PipelineColumn
            key={stage.id}
            stage={stage}
            filter={filter}
            search={search}
            accepts={accepts(stage)}
          />
        ))}
      </Box>
      <DragOverlay>
        {dragged && (
          <Paper elevation={6} sx={{ p: 1.25, width: 256, cursor: "grabbing" }}>
            <CardBody lead={dragged.lead} />
          </Paper>
        )}
      </DragOverlay>
      {losing && (
        <LostReasonDialog
          leadName={losing.lead.fullName}
          onCancel={() => setLosing(null)}
          onConfirm={(lostReason, note) => {
            void move({ leadId: losing.lead.id, stageId: losing.to.id, lostReason, note }).catch(
              () => undefined,
            );
            setLosing(null);
          }}
        />
      )}
      <Snackbar open={Boolean(error)} autoHideDuration={6000} onClose={() => reset()}>
        <Alert severity="error" onClose={() => reset()}>
          {error ? describeError(error) : ""}
        </Alert>
      </Snackbar>
    </DndContext>
  );
}
