import { useQuery } from "@apollo/client/react";
import { Role, roleAtLeast } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Badge from "@mui/material/Badge";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Snackbar from "@mui/material/Snackbar";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { useLiveLeads } from "../leads/useLiveLeads";
import { MyLeadsSection } from "./MyLeadsSection";
import { TeamQueueSection } from "./TeamQueueSection";
import { useLeadArrivals } from "./useLeadArrivals";

const myQueueViewerQuery = graphql(`
  query MyQueueViewer {
    me {
      id
      role
      teams {
        id
        name
      }
    }
  }
`);

const myQueueQuery = graphql(`
  query MyQueue($ownerIds: [ID!]!, $queueTeamIds: [ID]) {
    myLeads: leads(
      first: 100
      filter: { assignedToIds: $ownerIds, status: [NEW, CONTACTED, QUALIFIED] }
      orderBy: { field: SCORE, direction: DESC }
    ) {
      totalCount
      edges {
        node {
          id
          ...QueueLeadRow_lead
        }
      }
    }
    teamQueue: leads(
      first: 25
      filter: { unassigned: true, queueTeamIds: $queueTeamIds, status: [NEW, CONTACTED, QUALIFIED] }
      orderBy: { field: SCORE, direction: DESC }
    ) {
      totalCount
      edges {
        node {
          id
          fullName
          queueTeam {
            id
            name
          }
          ...QueueLeadRow_lead
        }
      }
    }
  }
`);

const card = { p: 2.5, minWidth: 0 } as const;

/**
 * A rep's working list: their open leads, hottest first, kept live (a lead given to them shows at once,
 * marked “Just assigned”, with a toast and no sound), and the unassigned leads they may claim.
 */
export function MyQueuePage() {
  const viewer = useQuery(myQueueViewerQuery);
  const me = viewer.data?.me;
  const mayClaimAny = me ? roleAtLeast(me.role, Role.MANAGER) : false;
  const { data, loading, error, refetch } = useQuery(myQueueQuery, {
    // A member's team queue is what they may claim: their teams' queues and leads in none.
    variables: {
      ownerIds: me ? [me.id] : [],
      queueTeamIds: mayClaimAny || !me ? null : [...me.teams.map((team) => team.id), null],
    },
    skip: !me,
    fetchPolicy: "cache-and-network",
  });
  const [toast, setToast] = useState<string | null>(null);
  const arrivals = useLeadArrivals((arrival) => {
    setToast(`New lead assigned to you: ${arrival.name}`);
    void refetch();
  });
  useLiveLeads(() => void refetch());

  const failure = viewer.error ?? error;
  if (!me || !data) {
    return failure ? (
      <Alert severity="error">{describeError(failure)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading your queue" />
    );
  }

  const newIds = new Set(arrivals.map((arrival) => arrival.leadId));
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", display: "flex", flexDirection: "column", gap: 2 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Badge badgeContent={arrivals.length} color="secondary">
          <Typography variant="h5" component="h1">
            My queue
          </Typography>
        </Badge>
        <LinearProgress sx={{ flex: 1, visibility: loading ? "visible" : "hidden" }} aria-hidden={!loading} />
      </Box>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      <Paper variant="outlined" sx={card}>
        <MyLeadsSection leads={data.myLeads} newIds={newIds} />
      </Paper>
      <Paper variant="outlined" sx={card}>
        <TeamQueueSection
          queue={data.teamQueue}
          myTeamIds={new Set(me.teams.map((team) => team.id))}
          mayClaimAny={mayClaimAny}
          onClaimed={(message) => {
            setToast(message);
            void refetch();
          }}
        />
      </Paper>
      <Snackbar
        open={toast !== null}
        autoHideDuration={6000}
        onClose={() => setToast(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
      >
        <Alert severity="info" variant="filled" onClose={() => setToast(null)} role="status">
          {toast}
        </Alert>
      </Snackbar>
    </Box>
  );
}
