import {
  closestCenter,
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import ArrowDownwardIcon from "@mui/icons-material/ArrowDownward";
import ArrowUpwardIcon from "@mui/icons-material/ArrowUpward";
import DeleteOutlinedIcon from "@mui/icons-material/DeleteOutlined";
import DragIndicatorIcon from "@mui/icons-material/DragIndicator";
import EditOutlinedIcon from "@mui/icons-material/EditOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import { describeCondition } from "../scoring/ruleText";
import type { AssignmentRuleView } from "./assignmentRuleDraft";
import { STRATEGY_TEXT } from "./strategyText";

interface AssignmentRulesListProps {
  readonly rules: readonly AssignmentRuleView[];
  readonly busy: boolean;
  /** Managers and above; others see the rules without the buttons. */
  readonly canEdit: boolean;
  /** Moves the rule at index `from` to index `to` (buttons, Alt+arrows, or a drag). */
  readonly onMove: (from: number, to: number) => void;
  readonly onEdit: (rule: AssignmentRuleView) => void;
  readonly onDelete: (rule: AssignmentRuleView) => void;
}

/** "Country is one of DE, AT and Score is greater than 80"; no conditions: every lead. */
function conditionsText(rule: AssignmentRuleView): string {
  if (rule.conditions.length === 0) return "Every lead";
  return rule.conditions.map(describeCondition).join(rule.conditionMatch === "ANY" ? " or " : " and ");
}

/**
 * One rule's row: dragged by its handle, and a drop target for the others (dropping on a row puts
 * the dragged rule in its place).
 */
function DraggableRuleRow({
  id,
  disabled,
  render,
}: {
  id: string;
  disabled: boolean;
  render: (row: {
    setNodeRef: (node: HTMLElement | null) => void;
    over: boolean;
    dragging: boolean;
    handle: ReactNode;
    style: CSSProperties;
  }) => ReactNode;
}) {
  const drag = useDraggable({ id, disabled });
  const drop = useDroppable({ id, disabled });
  const setNodeRef = (node: HTMLElement | null) => {
    drag.setNodeRef(node);
    drop.setNodeRef(node);
  };
  const handle = (
    <Box
      component="span"
      {...drag.attributes}
      {...drag.listeners}
      // The buttons and Alt+arrows are the keyboard way; the handle is for the mouse and touch.
      tabIndex={-1}
      aria-hidden
      sx={{
        display: "flex",
        cursor: disabled ? "default" : "grab",
        color: "text.disabled",
        touchAction: "none",
      }}
    >
      <DragIndicatorIcon fontSize="small" />
    </Box>
  );
  const style: CSSProperties = drag.transform
    ? { transform: `translate3d(0, ${drag.transform.y}px, 0)`, zIndex: 1, position: "relative" }
    : {};
  return render({
    setNodeRef,
    over: drop.isOver && !drag.isDragging,
    dragging: drag.isDragging,
    handle,
    style,
  });
}

/**
 * The rules in the order they are tried (first match wins). Drag a rule by its handle onto another
 * row to put it there; arrow buttons move it one place; with a rule's row focused, Alt+↑ and Alt+↓
 * do the same from the keyboard. Every way sends the whole order in one mutation.
 */
export function AssignmentRulesList({
  rules,
  busy,
  canEdit,
  onMove,
  onEdit,
  onDelete,
}: AssignmentRulesListProps) {
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || busy || !canEdit) return;
    if (event.key === "ArrowUp" && index > 0) onMove(index, index - 1);
    else if (event.key === "ArrowDown" && index < rules.length - 1) onMove(index, index + 1);
    else return;
    event.preventDefault();
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = rules.findIndex((rule) => rule.id === active.id);
    const to = rules.findIndex((rule) => rule.id === over?.id);
    if (from >= 0 && to >= 0 && from !== to) onMove(from, to);
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <List aria-label="Routing rules" dense>
        {rules.map((rule, index) => (
          <DraggableRuleRow
            key={rule.id}
            id={rule.id}
            disabled={busy || !canEdit}
            render={({ setNodeRef, over, dragging, handle, style }) => (
              <ListItem
                ref={setNodeRef}
                style={style}
                divider
                tabIndex={0}
                onKeyDown={onKeyDown(index)}
                aria-label={`${index + 1}. ${rule.name}`}
                aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                secondaryAction={
                  canEdit && (
                    <Box sx={{ display: "flex" }}>
                      <IconButton
                        aria-label={`Move ${rule.name} up`}
                        disabled={busy || index === 0}
                        onClick={() => onMove(index, index - 1)}
                      >
                        <ArrowUpwardIcon fontSize="small" />
                      </IconButton>
                      <IconButton
                        aria-label={`Move ${rule.name} down`}
                        disabled={busy || index === rules.length - 1}
                        onClick={() => onMove(index, index + 1)}
                      >
                        <ArrowDownwardIcon fontSize="small" />
                      </IconButton>
                      <IconButton aria-label={`Edit ${rule.name}`} onClick={() => onEdit(rule)}>
                        <EditOutlinedIcon fontSize="small" />
                      </IconButton>
                      <IconButton aria-label={`Delete ${rule.name}`} onClick={() => onDelete(rule)}>
                        <DeleteOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Box>
                  )
                }
                sx={{
                  pr: canEdit ? 22 : 2,
                  bgcolor: dragging ? "background.paper" : undefined,
                  boxShadow: dragging ? 4 : undefined,
                  borderTop: (theme) => `2px solid ${over ? theme.palette.primary.main : "transparent"}`,
                  "&:focus-visible": { outline: (theme) => `2px solid ${theme.palette.primary.main}` },
                }}
              >
                {canEdit && handle}
                <Typography sx={{ width: 32, flexShrink: 0, color: "text.secondary", fontWeight: 600 }}>
                  {index + 1}
                </Typography>
                <Box sx={{ minWidth: 0 }}>
                  <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
                    <Typography sx={{ fontWeight: 600 }}>{rule.name}</Typography>
                    {!rule.active && <Chip label="Inactive" size="small" />}
                  </Box>
                  <Typography variant="body2" color="text.secondary">
                    {conditionsText(rule)} → {STRATEGY_TEXT[rule.strategy].label}:{" "}
                    {rule.user?.name ?? rule.team?.name ?? "no target"}
                  </Typography>
                </Box>
              </ListItem>
            )}
          />
        ))}
      </List>
    </DndContext>
  );
}
