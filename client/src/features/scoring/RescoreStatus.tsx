import { useMutation, useQuery, useSubscription } from "@apollo/client/react";
import RefreshIcon from "@mui/icons-material/Refresh";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useEffect, useRef } from "react";
import { graphql } from "../../api/gql";
import type { ScoringRunFieldsFragment } from "../../api/gql/graphql";
import { describeError } from "../../api/errors";

graphql(`
  fragment ScoringRunFields on ScoringRun {
    id
    status
    reason
    total
    processed
    changed
    progress
    error
    finishedAt
  }
`);

const latestRunQuery = graphql(`
  query LatestScoringRun {
    scoringRuns(first: 1) {
      edges {
        node {
          ...ScoringRunFields @unmask
        }
      }
    }
  }
`);

const runUpdatedSubscription = graphql(`
  subscription ScoringRunUpdated {
    scoringRunUpdated {
      ...ScoringRunFields @unmask
    }
  }
`);

const rescoreMutation = graphql(`
  mutation RescoreAllLeads {
    rescoreLeads(input: {}) {
      run {
        ...ScoringRunFields @unmask
      }
    }
  }
`);

const REASONS: Record<string, string> = {
  RULES_CHANGED: "rules changed",
  SETTINGS_CHANGED: "settings changed",
  RESCORED: "requested",
  DECAY: "daily decay",
};

const count = (value: number) => value.toLocaleString();

function describeRun(run: ScoringRunFieldsFragment): string {
  const why = REASONS[run.reason] ?? run.reason.toLowerCase();
  switch (run.status) {
    case "QUEUED":
      return `Rescoring queued (${why})`;
    case "RUNNING":
      return `Rescoring leads (${why}): ${count(run.processed)} of ${count(run.total)}`;
    case "COMPLETED":
      return `Last rescoring (${why}): ${count(run.total)} leads checked, ${count(run.changed)} changed`;
    default:
      return `Rescoring failed (${why}): ${run.error ?? "unknown error"}`;
  }
}

/**
 * The latest background rescoring of the organisation, live: a progress bar while one runs, and when
 * it ends the page's figures are refetched. MANAGERs and above may start one by hand.
 */
export function RescoreStatus({ canRescore, onFinished }: { canRescore: boolean; onFinished: () => void }) {
  const { data } = useQuery(latestRunQuery, { fetchPolicy: "cache-and-network" });
  const { data: live } = useSubscription(runUpdatedSubscription);
  const [rescore, { loading: starting, error }] = useMutation(rescoreMutation);
  const run = live?.scoringRunUpdated ?? data?.scoringRuns.edges[0]?.node;

  const lastStatus = useRef(run?.status);
  useEffect(() => {
    if (run?.status === "COMPLETED" && lastStatus.current !== "COMPLETED" && lastStatus.current) onFinished();
    lastStatus.current = run?.status;
  }, [run?.status, onFinished]);

  const active = run?.status === "QUEUED" || run?.status === "RUNNING";
  return (
    <Paper variant="outlined" sx={{ p: 2, display: "flex", flexDirection: "column", gap: 1 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Typography role="status" variant="body2" sx={{ flex: 1 }}>
          {run ? describeRun(run) : "No rescoring yet: leads are scored as they arrive and change."}
        </Typography>
        {canRescore && (
          <Button
            size="small"
            startIcon={<RefreshIcon />}
            disabled={active || starting}
            onClick={() => void rescore().catch(() => {})}
          >
            Rescore all leads
          </Button>
        )}
      </Box>
      {active && (
        <LinearProgress
          variant={run.status === "RUNNING" ? "determinate" : "indeterminate"}
          value={Math.round(run.progress * 100)}
          aria-label="Rescoring progress"
        />
      )}
      {error && <Alert severity="error">{describeError(error)}</Alert>}
    </Paper>
  );
}
