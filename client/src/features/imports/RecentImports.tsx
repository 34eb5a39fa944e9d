import { useQuery } from "@apollo/client/react";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { Link } from "react-router";
import { graphql } from "../../api/gql";
import { formatDateTime, humanize } from "../../format";

const recentImportsQuery = graphql(`
  query RecentImports {
    importJobs(first: 10) {
      edges {
        node {
          id
          fileName
          status
          createdAt
          created
          updated
          skipped
          failed
          errorReportUrl
          createdBy {
            id
            name
          }
        }
      }
    }
  }
`);

/** Import history: who imported which file when, and what it did. */
export function RecentImports() {
  const { data } = useQuery(recentImportsQuery, { fetchPolicy: "cache-and-network" });
  const jobs = data?.importJobs.edges.map((edge) => edge.node) ?? [];
  if (jobs.length === 0) return null;
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 4, mb: 1 }}>
        Recent imports
      </Typography>
      <Table size="small" aria-label="Recent imports">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>File</TableCell>
            <TableCell>By</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right">Created</TableCell>
            <TableCell align="right">Updated</TableCell>
            <TableCell align="right">Skipped</TableCell>
            <TableCell align="right">Rejected</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {jobs.map((job) => (
            <TableRow key={job.id}>
              <TableCell>{formatDateTime(job.createdAt)}</TableCell>
              <TableCell>{job.fileName}</TableCell>
              <TableCell>{job.createdBy?.name ?? ""}</TableCell>
              <TableCell>{humanize(job.status)}</TableCell>
              <TableCell align="right">
                {job.created > 0 ? <Link to={`/leads?importJobId=${job.id}`}>{job.created}</Link> : 0}
              </TableCell>
              <TableCell align="right">{job.updated}</TableCell>
              <TableCell align="right">{job.skipped}</TableCell>
              <TableCell align="right">
                {job.errorReportUrl ? <a href={job.errorReportUrl}>{job.failed}</a> : job.failed}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
