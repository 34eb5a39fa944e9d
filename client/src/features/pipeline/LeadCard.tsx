import { useDraggable } from "@dnd-kit/core";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { ScoreBadge } from "../../components/ScoreBadge";
import type { BoardLead } from "./ColumnPage";
import { OwnerAvatar } from "./OwnerAvatar";

interface LeadCardProps {
  readonly lead: BoardLead;
  readonly stageId: string;
}

/** A lead on the board: drag it (mouse, touch or keyboard: focus, Space, arrows, Space) to move it. */
export function LeadCard({ lead, stageId }: LeadCardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: lead.id,
    data: { lead, stageId },
  });
  return (
    <Paper
      ref={setNodeRef}
      variant="outlined"
      {...attributes}
      {...listeners}
      aria-roledescription="Lead card, draggable"
      aria-label={`${lead.fullName}${lead.company ? `, ${lead.company}` : ""}, score ${lead.score}`}
      data-lead-id={lead.id}
      sx={{
        p: 1.25,
        cursor: "grab",
        opacity: isDragging ? 0.4 : 1,
        "&:focus-visible": { outline: 2, outlineColor: "primary.main", outlineStyle: "solid" },
      }}
    >
      <CardBody lead={lead} />
    </Paper>
  );
}

/** What a card shows; also drawn under the pointer while dragging. */
export function CardBody({ lead }: { lead: BoardLead }) {
  return (
    <>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
        <Link
          component={RouterLink}
          to={`/leads/${lead.id}`}
          underline="hover"
          sx={{ fontWeight: 600, flex: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" }}
          // A click opens the lead; a drag that starts on the name still moves the card.
          onPointerDown={(event) => event.stopPropagation()}
          noWrap
        >
          {lead.fullName}
        </Link>
        <ScoreBadge score={lead.score} />
      </Box>
      <Typography variant="body2" color="text.secondary" noWrap>
        {lead.company ?? "—"}
      </Typography>
      <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", mt: 0.75 }}>
        <OwnerAvatar name={lead.assignedTo?.name ?? null} />
        <Typography variant="caption" color="text.secondary" aria-label={`${lead.daysInStage} days in stage`}>
          {lead.daysInStage}d in stage
        </Typography>
      </Box>
    </>
  );
}
