import { useApolloClient, useQuery } from "@apollo/client/react";
import { Role, roleAtLeast } from "@leadline/shared";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link, useParams } from "react-router";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { LeadAssignment } from "./LeadAssignment";
import { LeadHeader } from "./LeadHeader";
import { LeadMissing } from "./LeadMissing";
import { LeadTasks } from "./LeadTasks";
import { LeadTimeline } from "./LeadTimeline";
import { StageStepper } from "./StageStepper";
import { ScoreBreakdown } from "./ScoreBreakdown";
import { ScoreHistory } from "./ScoreHistory";
import { useLiveLead } from "./useLiveLead";

const leadPageQuery = graphql(`
  query LeadPage($id: ID!) {
    me {
      id
      role
    }
    lead(id: $id) {
      id
      ...LeadHeader_lead
      ...ScoreBreakdown_lead
      ...ScoreHistory_lead
      ...LeadAssignment_lead
    }
  }
`);

const card = { p: 2.5, minWidth: 0 } as const;

/**
 * One lead: who it is, its score and why, how the score changed, and who owns it (managers reassign);
 * kept live by subscription.
 */
export function LeadPage() {
  const { leadId = "" } = useParams<"leadId">();
  const { data, loading, error, refetch } = useQuery(leadPageQuery, {
    variables: { id: leadId },
    // A lead seen before shows at once, then refreshes; afterwards live events refetch it.
    fetchPolicy: "cache-and-network",
    nextFetchPolicy: "cache-first",
  });
  const client = useApolloClient();
  // The stage, timeline and tasks cards read their own queries: they follow the same events.
  const deleted = useLiveLead(leadId, () => {
    void refetch();
    void client.refetchQueries({ include: ["LeadStage", "LeadTimeline", "LeadTasks"] });
  });

  if (deleted) {
    return (
      <LeadMissing
        title="This lead was deleted"
        message="Someone deleted this lead while you were viewing it."
      />
    );
  }
  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading the lead" />
    );
  }
  if (!data.lead) {
    return (
      <LeadMissing
        title="Lead not found"
        message="There is no such lead in your organisation: it may have been deleted, or the link is wrong."
      />
    );
  }

  const { lead } = data;
  return (
    // The page scrolls inside the shell's frame.
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", display: "flex", flexDirection: "column", gap: 2 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Button component={Link} to="/leads" startIcon={<ArrowBackIcon />} size="small">
          Leads
        </Button>
        <LinearProgress sx={{ flex: 1, visibility: loading ? "visible" : "hidden" }} aria-hidden={!loading} />
      </Box>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      <Paper variant="outlined" sx={card}>
        <LeadHeader lead={lead} />
      </Paper>
      <Paper variant="outlined" sx={card}>
        <StageStepper leadId={lead.id} />
      </Paper>
      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "minmax(0, 7fr) minmax(0, 5fr)" },
          alignItems: "start",
        }}
      >
        <Paper variant="outlined" sx={card}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            Why this score
          </Typography>
          <ScoreBreakdown lead={lead} />
        </Paper>
        <Paper variant="outlined" sx={card}>
          <ScoreHistory lead={lead} />
        </Paper>
        <Paper variant="outlined" sx={card}>
          <LeadAssignment lead={lead} canReassign={roleAtLeast(data.me.role, Role.MANAGER)} />
        </Paper>
        <Paper variant="outlined" sx={card}>
          <LeadTimeline leadId={lead.id} />
        </Paper>
        <Paper variant="outlined" sx={card}>
          <LeadTasks leadId={lead.id} />
        </Paper>
      </Box>
    </Box>
  );
}
