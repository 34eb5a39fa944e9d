import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Snackbar from "@mui/material/Snackbar";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { DuplicateClusterCard, type ClusterLead } from "./DuplicateClusterCard";
import { MergeDialog } from "./MergeDialog";
import { useMergeLeads } from "./useMergeLeads";

const duplicatesPageQuery = graphql(`
  query DuplicatesPage {
    duplicateClusters(first: 50) {
      totalCount
      uncheckedLeads
      edges {
        node {
          id
          reasons
          leads {
            id
            fullName
            firstName
            lastName
            email
            phone
            company
            jobTitle
            source
            updatedAt
          }
        }
      }
    }
  }
`);

/** Duplicates: groups of leads that look like the same person, merged side by side, with undo. */
export function DuplicatesPage() {
  const { data, loading, error } = useQuery(duplicatesPageQuery, { fetchPolicy: "cache-and-network" });
  const [merging, setMerging] = useState<readonly ClusterLead[] | null>(null);
  const [lastMerge, setLastMerge] = useState<{ id: string; name: string } | null>(null);
  const { undo, undoState } = useMergeLeads();

  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading duplicates" />
    );
  }
  const clusters = data.duplicateClusters.edges.map((edge) => edge.node);
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", display: "flex", flexDirection: "column", gap: 2 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Typography variant="h5" component="h1">
          Duplicates
        </Typography>
        <Typography color="text.secondary">{data.duplicateClusters.totalCount} groups</Typography>
        <LinearProgress sx={{ flex: 1, visibility: loading ? "visible" : "hidden" }} aria-hidden={!loading} />
      </Box>
      {(error ?? undoState.error) && (
        <Alert severity="error">{describeError(error ?? undoState.error)}</Alert>
      )}
      {data.duplicateClusters.uncheckedLeads > 0 && (
        <Alert severity="info">
          {data.duplicateClusters.uncheckedLeads.toLocaleString()} new or changed leads are still being
          checked for duplicates in the background; their groups appear here once they are.
        </Alert>
      )}
      {clusters.length === 0 && <Typography>No duplicates found.</Typography>}
      {clusters.map((cluster) => (
        <DuplicateClusterCard
          key={cluster.id}
          reasons={cluster.reasons}
          leads={cluster.leads}
          onMerge={() => setMerging(cluster.leads)}
        />
      ))}
      {merging && (
        <MergeDialog
          leads={merging}
          onClose={() => setMerging(null)}
          onMerged={(id, name) => {
            setMerging(null);
            setLastMerge({ id, name });
          }}
        />
      )}
      <Snackbar
        open={lastMerge !== null}
        message={lastMerge ? `Merged into ${lastMerge.name}` : ""}
        action={
          <Button
            color="inherit"
            size="small"
            loading={undoState.loading}
            onClick={() =>
              lastMerge &&
              void undo({ variables: { mergeId: lastMerge.id } }).then(
                () => setLastMerge(null),
                () => undefined,
              )
            }
          >
            Undo
          </Button>
        }
      />
    </Box>
  );
}
