import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import type { AssignmentType } from "../../api/gql/graphql";
import { formatDateTime } from "../../format";

interface HistoryEntry {
  readonly id: string;
  readonly type: AssignmentType;
  readonly reason?: string | null;
  readonly createdAt: string;
  readonly fromUser?: { readonly name: string } | null;
  readonly toUser?: { readonly name: string } | null;
  readonly assignedBy?: { readonly name: string } | null;
  readonly rule?: { readonly name: string } | null;
}

/** How each kind of change reads (a Record, so a new type won't compile until described). */
const HOW: Readonly<Record<AssignmentType, string>> = {
  MANUAL: "Assigned by hand",
  CLAIM: "Claimed from the queue",
  ESCALATION: "Escalated (first contact overdue)",
  AUTO_ROUND_ROBIN: "Round robin",
  AUTO_WORKLOAD: "Least loaded rep",
  AUTO_SCORE: "Score band",
  AUTO_TERRITORY: "Territory",
  AUTO_SPECIFIC: "Routing rule",
};

/** "Alex → Sam", "→ Sam", "Alex → unassigned". */
function movement(entry: HistoryEntry): string {
  const to = entry.toUser?.name ?? "unassigned";
  return entry.fromUser ? `${entry.fromUser.name} → ${to}` : `→ ${to}`;
}

/** Who decided: a person, or the routing rule. */
function decidedBy(entry: HistoryEntry): string {
  if (entry.assignedBy) return `by ${entry.assignedBy.name}`;
  return entry.rule ? `by rule “${entry.rule.name}”` : "by routing";
}

/** Changes of owner, newest first: from → to, how, by whom or which rule, why, and when. */
export function AssignmentHistoryList({ entries }: { entries: readonly HistoryEntry[] }) {
  if (entries.length === 0) {
    return <Typography color="text.secondary">The lead has never changed owner.</Typography>;
  }
  return (
    <List dense disablePadding aria-label="Assignment history">
      {entries.map((entry) => (
        <ListItem key={entry.id} divider disableGutters>
          <ListItemText
            primary={`${movement(entry)} · ${HOW[entry.type]} ${decidedBy(entry)}`}
            secondary={
              <>
                <span>{formatDateTime(entry.createdAt)}</span>
                {entry.reason && <span>{` · “${entry.reason}”`}</span>}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
