import { useQuery, useSubscription } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useSearchParams } from "react-router";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { RepWorkloadTable } from "./RepWorkloadTable";
import { WorkloadChart } from "./WorkloadChart";

const workloadTeamsQuery = graphql(`
  query WorkloadTeams {
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const teamWorkloadFields = graphql(`
  fragment TeamWorkloadFields on TeamWorkload {
    queued
    team {
      id
      name
    }
    reps {
      openLeads
      assignedToday
      capacity
      available
      working
      slaMetPercent
      slaBreaches
      medianFirstContactMinutes
      averageFirstContactMinutes
      user {
        id
        name
      }
    }
  }
`);

const teamWorkloadQuery = graphql(`
  query TeamWorkload($teamId: ID!) {
    teamWorkload(teamId: $teamId) {
      ...TeamWorkloadFields @unmask
    }
  }
`);

const workloadChangedSubscription = graphql(`
  subscription WorkloadChanged($teamId: ID!) {
    workloadChanged(teamId: $teamId) {
      ...TeamWorkloadFields @unmask
    }
  }
`);

/** Managers: one team's reps, their load against capacity, their availability, and the queue; live. */
export function WorkloadPage() {
  const [params, setParams] = useSearchParams();
  const teams = useQuery(workloadTeamsQuery);
  const teamList = teams.data?.teams.edges.map((edge) => edge.node) ?? [];
  const teamId = params.get("team") ?? teamList[0]?.id ?? null;
  const workload = useQuery(teamWorkloadQuery, {
    variables: { teamId: teamId ?? "" },
    skip: !teamId,
    fetchPolicy: "cache-and-network",
  });
  // Each event carries the team's fresh figures: they replace the query's, no refetch.
  useSubscription(workloadChangedSubscription, {
    variables: { teamId: teamId ?? "" },
    skip: !teamId,
    onData: ({ data }) => {
      const fresh = data.data?.workloadChanged;
      if (fresh) workload.updateQuery(() => ({ teamWorkload: fresh }));
    },
  });

  const error = teams.error ?? workload.error;
  const data = workload.data?.teamWorkload;
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", display: "flex", flexDirection: "column", gap: 2 }}>
      {/* The top padding keeps the team field's floating label inside the scrolling box (it was cut off). */}
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, pt: 1 }}>
        <Typography variant="h5" component="h1">
          Workload
        </Typography>
        <TextField
          select
          size="small"
          label="Team"
          value={teamId ?? ""}
          onChange={(event) => setParams({ team: event.target.value }, { replace: true })}
          sx={{ minWidth: 200 }}
          disabled={teamList.length === 0}
        >
          {teamList.map((team) => (
            <MenuItem key={team.id} value={team.id}>
              {team.name}
            </MenuItem>
          ))}
        </TextField>
        <LinearProgress
          sx={{ flex: 1, visibility: workload.loading ? "visible" : "hidden" }}
          aria-hidden={!workload.loading}
        />
      </Box>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      {teams.data && teamList.length === 0 && (
        <Alert severity="info">Your organisation has no teams yet.</Alert>
      )}
      {data && (
        <>
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <Box sx={{ display: "flex", alignItems: "baseline", gap: 3, mb: 1 }}>
              <Typography variant="h6" component="h2">
                {data.team.name}
              </Typography>
              <Typography color="text.secondary" role="status" aria-label="Queued leads">
                {data.queued.toLocaleString()} {data.queued === 1 ? "lead" : "leads"} waiting in the queue
              </Typography>
            </Box>
            <WorkloadChart reps={data.reps} />
          </Paper>
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <RepWorkloadTable reps={data.reps} onChanged={() => void workload.refetch()} />
          </Paper>
        </>
      )}
    </Box>
  );
}
