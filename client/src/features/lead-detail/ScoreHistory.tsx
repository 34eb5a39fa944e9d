import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { graphql } from "../../api/gql";
import { ScoreChangesTable } from "./ScoreChangesTable";
import { ScoreHistoryChart } from "./ScoreHistoryChart";

const scoreHistoryFragment = graphql(`
  fragment ScoreHistory_lead on Lead {
    scoreHistory(first: 100) {
      totalCount
      edges {
        node {
          id
          score
          previousScore
          delta
          reason
          grade
          createdAt
        }
      }
    }
  }
`);

/** How the score got here: a chart of its latest 100 changes and a table of the most recent ones. */
export function ScoreHistory({ lead }: { lead: FragmentType<typeof scoreHistoryFragment> }) {
  const { data, complete } = useFragment({ fragment: scoreHistoryFragment, from: lead });
  if (!complete) return null;

  const { totalCount, edges } = data.scoreHistory;
  const changes = edges.map((edge) => edge.node);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1 }}>
        <Typography variant="h6" component="h2">
          Score history
        </Typography>
        <Typography color="text.secondary">
          {totalCount === 1 ? "1 change" : `${totalCount.toLocaleString()} changes`}
          {totalCount > changes.length && `, latest ${changes.length} shown`}
        </Typography>
      </Box>
      {changes.length === 0 ? (
        <Typography color="text.secondary">No score changes recorded yet.</Typography>
      ) : (
        <>
          <ScoreHistoryChart changes={changes} />
          <ScoreChangesTable changes={changes.slice(0, 5)} />
        </>
      )}
    </Box>
  );
}
