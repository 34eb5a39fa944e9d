import { useMutation, useQuery, useSubscription } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import { Link } from "react-router";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";

const jobFields = graphql(`
  fragment ImportProgress_job on ImportJob {
    id
    status
    fileName
    processed
    created
    updated
    skipped
    failed
    progress
    rowsPerSecond
    etaSeconds
    errorReportUrl
    error
  }
`);

const jobQuery = graphql(`
  query ImportJobProgress($id: ID!) {
    importJob(id: $id) {
      ...ImportProgress_job @unmask
    }
  }
`);

const progressSubscription = graphql(`
  subscription ImportProgressUpdates($jobId: ID!) {
    importProgress(jobId: $jobId) {
      ...ImportProgress_job @unmask
    }
  }
`);

const cancelMutation = graphql(`
  mutation CancelImport($input: ImportJobInput!) {
    cancelImport(input: $input) {
      job {
        ...ImportProgress_job @unmask
      }
    }
  }
`);

const undoMutation = graphql(`
  mutation UndoImport($input: ImportJobInput!) {
    undoImport(input: $input) {
      deleted
      job {
        ...ImportProgress_job @unmask
      }
    }
  }
`);

const RUNNING = ["QUEUED", "RUNNING"];
void jobFields;

function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "";
  if (seconds < 60) return `about ${seconds} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** Steps 4 and 5: live progress (rows/s, ETA, cancel), then the summary (error report, undo). */
export function ProgressStep({ jobId, onAnother }: { jobId: string; onAnother: () => void }) {
  const { data, error } = useQuery(jobQuery, { variables: { id: jobId }, fetchPolicy: "network-only" });
  // Each pushed update lands in the cache under the job's id, so the query above re-renders with it.
  useSubscription(progressSubscription, { variables: { jobId } });
  const [cancel, cancelling] = useMutation(cancelMutation);
  const [undo, undoing] = useMutation(undoMutation);
  if (error) return <Alert severity="error">{describeError(error)}</Alert>;
  if (!data) return <LinearProgress aria-label="Loading the import" />;
  const job = data.importJob;
  const running = RUNNING.includes(job.status);
  const failure = cancelling.error ?? undoing.error;

  return (
    <Box>
      <Typography variant="subtitle1">{job.fileName}</Typography>
      <LinearProgress
        variant={job.status === "QUEUED" ? "indeterminate" : "determinate"}
        value={Math.round(job.progress * 100)}
        aria-label="Import progress"
        sx={{ my: 1, height: 8, borderRadius: 1 }}
      />
      <Typography aria-live="polite" data-testid="import-status">
        {job.status === "COMPLETED" ? "Done" : job.status.charAt(0) + job.status.slice(1).toLowerCase()}:{" "}
        {job.processed.toLocaleString()} rows read, {job.created.toLocaleString()} created,{" "}
        {job.updated.toLocaleString()} updated, {job.skipped.toLocaleString()} duplicates skipped,{" "}
        {job.failed.toLocaleString()} rejected
        {running && job.rowsPerSecond > 0 && ` · ${Math.round(job.rowsPerSecond).toLocaleString()} rows/s`}
        {running && job.etaSeconds !== null && ` · ${formatEta(job.etaSeconds)}`}
      </Typography>
      {job.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {job.error}
        </Alert>
      )}
      {failure && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {describeError(failure)}
        </Alert>
      )}
      {undoing.data && (
        <Alert severity="success" sx={{ mt: 1 }}>
          {undoing.data.undoImport.deleted.toLocaleString()} imported leads deleted.
        </Alert>
      )}
      <Box sx={{ display: "flex", gap: 1, mt: 2, flexWrap: "wrap" }}>
        {running && (
          <Button
            color="warning"
            onClick={() => void cancel({ variables: { input: { jobId } } })}
            disabled={cancelling.loading}
          >
            Cancel import
          </Button>
        )}
        {!running && job.errorReportUrl && (
          <Button href={job.errorReportUrl} download>
            Download error report
          </Button>
        )}
        {!running && job.created > 0 && job.status !== "UNDONE" && (
          <>
            <Button component={Link} to={`/leads?importJobId=${job.id}`}>
              See imported leads
            </Button>
            <Button
              color="error"
              onClick={() => void undo({ variables: { input: { jobId } } })}
              disabled={undoing.loading}
            >
              Undo this import
            </Button>
          </>
        )}
        {!running && (
          <Button variant="contained" onClick={onAnother}>
            Import another file
          </Button>
        )}
      </Box>
    </Box>
  );
}
