import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import type { TaskType } from "../../api/gql/graphql";
import { humanize } from "../../format";
import { TaskList } from "../tasks/TaskList";

const leadTasksQuery = graphql(`
  query LeadTasks($id: ID!) {
    lead(id: $id) {
      id
      tasks(first: 50) {
        edges {
          node {
            id
            title
            type
            priority
            dueAt
            overdue
          }
        }
      }
    }
  }
`);

const createTaskMutation = graphql(`
  mutation CreateLeadTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id
      }
    }
  }
`);

const TYPES: readonly TaskType[] = ["FOLLOW_UP", "CALL", "EMAIL", "MEETING", "DEMO", "OTHER"];

/** The lead's open tasks, and a line to add one (assigned to the viewer, reminded 15 minutes before). */
export function LeadTasks({ leadId }: { leadId: string }) {
  const { data } = useQuery(leadTasksQuery, { variables: { id: leadId }, fetchPolicy: "cache-and-network" });
  const [title, setTitle] = useState("");
  const [type, setType] = useState<TaskType>("FOLLOW_UP");
  const [due, setDue] = useState("");
  const [create, { loading, error }] = useMutation(createTaskMutation, {
    refetchQueries: ["LeadTasks", "MyTasks"],
  });
  const add = () =>
    create({
      variables: { input: { leadId, title, type, dueAt: due ? new Date(due).toISOString() : null } },
    }).then(
      () => {
        setTitle("");
        setDue("");
      },
      () => undefined,
    );

  return (
    <Box>
      <Typography variant="h6" component="h2">
        Tasks
      </Typography>
      <TaskList label="Lead tasks" tasks={data?.lead?.tasks.edges.map((edge) => edge.node) ?? []} />
      <Box
        component="form"
        aria-label="New task"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
        sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 1 }}
      >
        <TextField
          size="small"
          label="New task"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          sx={{ flex: 1, minWidth: 160 }}
        />
        <TextField
          size="small"
          select
          label="Type"
          value={type}
          onChange={(e) => setType(e.target.value as TaskType)}
          sx={{ width: 130 }}
        >
          {TYPES.map((value) => (
            <MenuItem key={value} value={value}>
              {humanize(value)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="datetime-local"
          label="Due"
          value={due}
          onChange={(e) => setDue(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button type="submit" variant="outlined" loading={loading} disabled={!title.trim()}>
          Add
        </Button>
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {describeError(error)}
        </Alert>
      )}
    </Box>
  );
}
