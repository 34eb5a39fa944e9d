import { useMutation } from "@apollo/client/react";
import Checkbox from "@mui/material/Checkbox";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { graphql } from "../../api/gql";
import { formatDateTime, humanize } from "../../format";

const completeTaskMutation = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        id
        status
      }
    }
  }
`);

export interface TaskItem {
  id: string;
  title: string;
  type: string;
  priority: string;
  dueAt?: string | null;
  overdue: boolean;
  lead?: { id: string; fullName: string } | null;
}

/** Tasks with a box to tick them done (a CALL or EMAIL task then shows on the lead's timeline). */
export function TaskList({
  tasks,
  label,
  showLead,
}: {
  tasks: readonly TaskItem[];
  label: string;
  showLead?: boolean;
}) {
  const [complete, { loading }] = useMutation(completeTaskMutation, {
    refetchQueries: ["MyTasks", "LeadTasks", "LeadTimeline"],
  });
  if (tasks.length === 0)
    return (
      <Typography color="text.secondary" variant="body2">
        Nothing to do.
      </Typography>
    );
  return (
    <List dense aria-label={label}>
      {tasks.map((task) => (
        <ListItem key={task.id} disableGutters>
          <ListItemIcon sx={{ minWidth: 36 }}>
            <Checkbox
              edge="start"
              size="small"
              disabled={loading}
              slotProps={{ input: { "aria-label": `Done: ${task.title}` } }}
              onChange={() => void complete({ variables: { input: { id: task.id } } }).catch(() => undefined)}
            />
          </ListItemIcon>
          <ListItemText
            primary={
              <>
                {task.title}{" "}
                <Chip size="small" label={humanize(task.type)} variant="outlined" sx={{ ml: 0.5 }} />
                {task.priority === "URGENT" || task.priority === "HIGH" ? (
                  <Chip size="small" color="warning" label={humanize(task.priority)} sx={{ ml: 0.5 }} />
                ) : null}
              </>
            }
            secondary={
              <>
                {task.dueAt ? (
                  <Typography
                    component="span"
                    variant="body2"
                    color={task.overdue ? "error" : "text.secondary"}
                  >
                    {task.overdue ? "Overdue: " : "Due "}
                    {formatDateTime(task.dueAt)}
                  </Typography>
                ) : (
                  "No due date"
                )}
                {showLead && task.lead && (
                  <>
                    {" · "}
                    <Link component={RouterLink} to={`/leads/${task.lead.id}`}>
                      {task.lead.fullName}
                    </Link>
                  </>
                )}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
