import { useQuery } from "@apollo/client/react";
import { CUSTOM_PREFIX, IGNORE_TARGET, IMPORT_FIELDS } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import FormControlLabel from "@mui/material/FormControlLabel";
import LinearProgress from "@mui/material/LinearProgress";
import MenuItem from "@mui/material/MenuItem";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useEffect, useState } from "react";
import { graphql } from "../../api/gql";
import type { ImportDuplicatePolicy } from "../../api/gql/graphql";
import { describeError } from "../../api/errors";

const suggestQuery = graphql(`
  query ImportMapping($jobId: ID!) {
    suggestImportMapping(jobId: $jobId) {
      index
      header
      target
      confidence
      samples
    }
  }
`);

export interface MappedColumn {
  index: number;
  header: string;
  target: string;
}

const POLICIES: { value: ImportDuplicatePolicy; label: string }[] = [
  { value: "SKIP" as ImportDuplicatePolicy, label: "Skip duplicates" },
  { value: "UPDATE" as ImportDuplicatePolicy, label: "Update the existing lead" },
  { value: "CREATE" as ImportDuplicatePolicy, label: "Create anyway" },
];

/** Step 2: each column's target (suggested: Leadline names, synonyms, Salesforce, HubSpot), with sample values. */
export function MappingStep({
  jobId,
  onNext,
}: {
  jobId: string;
  onNext: (mapping: MappedColumn[], policy: ImportDuplicatePolicy) => void;
}) {
  const { data, error } = useQuery(suggestQuery, { variables: { jobId } });
  const [mapping, setMapping] = useState<MappedColumn[] | null>(null);
  const [policy, setPolicy] = useState<ImportDuplicatePolicy>("SKIP" as ImportDuplicatePolicy);
  useEffect(() => {
    if (data && !mapping)
      setMapping(data.suggestImportMapping.map(({ index, header, target }) => ({ index, header, target })));
  }, [data, mapping]);

  if (error) return <Alert severity="error">{describeError(error)}</Alert>;
  if (!data || !mapping) return <LinearProgress aria-label="Reading the columns" />;
  const setTarget = (index: number, target: string) =>
    setMapping(mapping.map((column) => (column.index === index ? { ...column, target } : column)));

  return (
    <Box>
      <Table size="small" aria-label="Column mapping">
        <TableHead>
          <TableRow>
            <TableCell>Column</TableCell>
            <TableCell>Sample values</TableCell>
            <TableCell>Imports into</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.suggestImportMapping.map((suggestion) => {
            const target = mapping.find((column) => column.index === suggestion.index)!.target;
            const options = [
              ...IMPORT_FIELDS,
              `${CUSTOM_PREFIX}${suggestion.header.replace(/[^A-Za-z0-9]/g, "") || "column"}`,
            ];
            if (!options.includes(target as never) && target !== IGNORE_TARGET) options.push(target as never);
            return (
              <TableRow key={suggestion.index}>
                <TableCell>
                  {suggestion.header}{" "}
                  {suggestion.confidence !== "CUSTOM" && suggestion.confidence !== "NONE" && (
                    <Chip size="small" label="suggested" color="success" variant="outlined" />
                  )}
                </TableCell>
                <TableCell sx={{ color: "text.secondary" }}>{suggestion.samples.join(" · ")}</TableCell>
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={target}
                    onChange={(event) => setTarget(suggestion.index, event.target.value)}
                    slotProps={{ htmlInput: { "aria-label": `Target of ${suggestion.header}` } }}
                    sx={{ minWidth: 220 }}
                  >
                    {options.map((option) => (
                      <MenuItem key={option} value={option}>
                        {option.startsWith(CUSTOM_PREFIX)
                          ? `Custom field ${option.slice(CUSTOM_PREFIX.length)}`
                          : option}
                      </MenuItem>
                    ))}
                    <MenuItem value={IGNORE_TARGET}>Do not import</MenuItem>
                  </TextField>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        Rows that match an existing lead (same external id, email, phone, or name and company)
      </Typography>
      <RadioGroup
        row
        value={policy}
        onChange={(event) => setPolicy(event.target.value as ImportDuplicatePolicy)}
      >
        {POLICIES.map((option) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            control={<Radio />}
            label={option.label}
          />
        ))}
      </RadioGroup>
      <Box sx={{ display: "flex", justifyContent: "flex-end", mt: 2 }}>
        <Button variant="contained" onClick={() => onNext(mapping, policy)}>
          Preview
        </Button>
      </Box>
    </Box>
  );
}
