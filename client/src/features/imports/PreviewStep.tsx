import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { graphql } from "../../api/gql";
import type { ImportDuplicatePolicy } from "../../api/gql/graphql";
import { describeError } from "../../api/errors";
import type { MappedColumn } from "./MappingStep";

const previewQuery = graphql(`
  query ImportPreview($jobId: ID!, $mapping: [ColumnMappingInput!]!, $policy: ImportDuplicatePolicy) {
    previewImport(jobId: $jobId, mapping: $mapping, duplicatePolicy: $policy) {
      rowsExamined
      create
      update
      skip
      reject
      junk
      rows {
        line
        action
        values
      }
      errors {
        line
        field
        value
        message
      }
    }
  }
`);

const SHOWN_FIELDS = ["externalId", "firstName", "lastName", "email", "phone", "company", "status", "source"];

/** Step 3: the first rows as they would be stored, errors by line and field, and what would happen. */
export function PreviewStep({
  jobId,
  mapping,
  policy,
  onBack,
  onStart,
  starting,
}: {
  jobId: string;
  mapping: MappedColumn[];
  policy: ImportDuplicatePolicy;
  onBack: () => void;
  onStart: () => void;
  starting: boolean;
}) {
  const { data, error } = useQuery(previewQuery, {
    variables: { jobId, mapping, policy },
    fetchPolicy: "network-only",
  });
  if (error) return <Alert severity="error">{describeError(error)}</Alert>;
  if (!data) return <LinearProgress aria-label="Reading the first rows" />;
  const preview = data.previewImport;
  const rows = preview.rows.map((row) => ({ ...row, values: row.values as Record<string, unknown> | null }));
  const fields = SHOWN_FIELDS.filter((field) => rows.some((row) => row.values?.[field] !== undefined));
  return (
    <Box>
      <Typography aria-live="polite" data-testid="import-preview-counts">
        Of the first {preview.rowsExamined.toLocaleString()} rows: {preview.create} new, {preview.update}{" "}
        updates, {preview.skip} duplicates skipped, {preview.reject} rejected
        {preview.junk > 0 && `, ${preview.junk} blank or footer lines`}.
      </Typography>
      <Table size="small" aria-label="Preview" sx={{ my: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>Line</TableCell>
            <TableCell>Action</TableCell>
            {fields.map((field) => (
              <TableCell key={field}>{field}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.line}>
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.action}</TableCell>
              {fields.map((field) => (
                <TableCell key={field}>{String(row.values?.[field] ?? "")}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {preview.errors.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          <Typography variant="subtitle2">Rows that will be rejected</Typography>
          {preview.errors.slice(0, 20).map((problem) => (
            <div key={`${problem.line}-${problem.field}`}>
              Line {problem.line}, {problem.field}
              {problem.value !== null && ` (“${problem.value}”)`}: {problem.message}
            </div>
          ))}
        </Alert>
      )}
      <Box sx={{ display: "flex", justifyContent: "space-between" }}>
        <Button onClick={onBack}>Back to mapping</Button>
        <Button variant="contained" onClick={onStart} disabled={starting}>
          Start import
        </Button>
      </Box>
    </Box>
  );
}
