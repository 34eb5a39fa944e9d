import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Radio from "@mui/material/Radio";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { describeError } from "../../api/errors";
import { formatDateTime } from "../../format";
import { defaultChoices, MERGE_FIELDS, type MergeField } from "./mergeFields";
import type { ClusterLead } from "./DuplicateClusterCard";
import { useMergeLeads } from "./useMergeLeads";

/**
 * Side-by-side merge: one column per lead (with when it last changed), a radio per field to pick the value
 * the master keeps, and a radio to pick the master itself. Calls `onMerged` with the merge id (for undo).
 */
export function MergeDialog({
  leads,
  onClose,
  onMerged,
}: {
  leads: readonly ClusterLead[];
  onClose: () => void;
  onMerged: (mergeId: string, masterName: string) => void;
}) {
  const [masterId, setMasterId] = useState(leads[0]!.id);
  const [choices, setChoices] = useState<Record<MergeField, string>>(() =>
    defaultChoices(leads, leads[0]!.id),
  );
  const { merge, mergeState } = useMergeLeads();

  const submit = () =>
    merge({
      variables: {
        input: {
          masterId,
          duplicateIds: leads.filter((lead) => lead.id !== masterId).map((lead) => lead.id),
          fieldChoices: MERGE_FIELDS.map(({ field }) => ({ field, leadId: choices[field] })),
        },
      },
    }).then(
      (result) => {
        const merged = result.data?.mergeLeads;
        if (merged) onMerged(merged.merge.id, merged.master.fullName);
      },
      () => undefined,
    );

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="merge-title">
      <DialogTitle id="merge-title">Merge {leads.length} leads</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Pick the lead that stays and, per field, the value it keeps. Tags are united, engagement added up
          and score history moved; the others are removed. You can undo for 7 days.
        </Typography>
        <Table size="small" aria-label="Merge fields">
          <TableHead>
            <TableRow>
              <TableCell>Field</TableCell>
              {leads.map((lead) => (
                <TableCell key={lead.id}>
                  <label>
                    <Radio
                      size="small"
                      checked={masterId === lead.id}
                      onChange={() => setMasterId(lead.id)}
                      slotProps={{ input: { "aria-label": `Keep ${lead.fullName} as master` } }}
                    />
                    {lead.fullName}
                  </label>
                  <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
                    Updated {formatDateTime(lead.updatedAt)}
                  </Typography>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {MERGE_FIELDS.map(({ field, label }) => (
              <TableRow key={field}>
                <TableCell component="th" scope="row">
                  {label}
                </TableCell>
                {leads.map((lead) => (
                  <TableCell key={lead.id}>
                    <label>
                      <Radio
                        size="small"
                        name={field}
                        checked={choices[field] === lead.id}
                        onChange={() => setChoices({ ...choices, [field]: lead.id })}
                        slotProps={{ input: { "aria-label": `${label} from ${lead.fullName}` } }}
                      />
                      {lead[field] ?? <em>empty</em>}
                    </label>
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {mergeState.error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {describeError(mergeState.error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" loading={mergeState.loading} onClick={() => void submit()}>
          Merge
        </Button>
      </DialogActions>
    </Dialog>
  );
}
