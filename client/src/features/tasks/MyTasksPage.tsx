import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { TaskList } from "./TaskList";

const myTasksQuery = graphql(`
  query MyTasks {
    myTasks(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          type
          priority
          dueAt
          overdue
          lead {
            id
            fullName
          }
        }
      }
    }
  }
`);

/** The viewer's open tasks, overdue first. */
export function MyTasksPage() {
  const { data, error } = useQuery(myTasksQuery, { fetchPolicy: "cache-and-network" });
  return (
    <Paper variant="outlined" sx={{ flex: 1, minHeight: 0, overflow: "auto", p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        My tasks{" "}
        {data && (
          <Typography component="span" color="text.secondary">
            ({data.myTasks.totalCount})
          </Typography>
        )}
      </Typography>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      {data ? (
        <TaskList label="My tasks" tasks={data.myTasks.edges.map((edge) => edge.node)} showLead />
      ) : (
        !error && <LinearProgress aria-label="Loading tasks" />
      )}
    </Paper>
  );
}
