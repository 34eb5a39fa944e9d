import ArrowDownwardIcon from "@mui/icons-material/ArrowDownward";
import ArrowUpwardIcon from "@mui/icons-material/ArrowUpward";
import DeleteOutlinedIcon from "@mui/icons-material/DeleteOutlined";
import EditOutlinedIcon from "@mui/icons-material/EditOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { KeyboardEvent } from "react";
import { describeCondition } from "../scoring/ruleText";
import type { AssignmentRuleView } from "./assignmentRuleDraft";
import { STRATEGY_TEXT } from "./strategyText";

interface AssignmentRulesListProps {
  readonly rules: readonly AssignmentRuleView[];
  readonly busy: boolean;
  /** Managers and above; others see the rules without the buttons. */
  readonly canEdit: boolean;
  /** Moves the rule at `index` one place up (-1) or down (+1). */
  readonly onMove: (index: number, by: -1 | 1) => void;
  readonly onEdit: (rule: AssignmentRuleView) => void;
  readonly onDelete: (rule: AssignmentRuleView) => void;
}

/** "Country is one of DE, AT and Score is greater than 80"; no conditions: every lead. */
function conditionsText(rule: AssignmentRuleView): string {
  if (rule.conditions.length === 0) return "Every lead";
  return rule.conditions.map(describeCondition).join(rule.conditionMatch === "ANY" ? " or " : " and ");
}

/**
 * The rules in the order they are tried (first match wins). Arrow buttons move a rule; with a rule's
 * row focused, Alt+↑ and Alt+↓ do the same from the keyboard.
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
    if (event.key === "ArrowUp" && index > 0) onMove(index, -1);
    else if (event.key === "ArrowDown" && index < rules.length - 1) onMove(index, 1);
    else return;
    event.preventDefault();
  };
  return (
    <List aria-label="Routing rules" dense>
      {rules.map((rule, index) => (
        <ListItem
          key={rule.id}
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
                  onClick={() => onMove(index, -1)}
                >
                  <ArrowUpwardIcon fontSize="small" />
                </IconButton>
                <IconButton
                  aria-label={`Move ${rule.name} down`}
                  disabled={busy || index === rules.length - 1}
                  onClick={() => onMove(index, 1)}
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
            "&:focus-visible": { outline: (theme) => `2px solid ${theme.palette.primary.main}` },
          }}
        >
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
      ))}
    </List>
  );
}
