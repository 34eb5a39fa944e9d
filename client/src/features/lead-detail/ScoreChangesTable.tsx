import Box from "@mui/material/Box";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { ScoreBadge } from "../../components/ScoreBadge";
import { formatDateTime } from "../../format";
import { formatPoints, formatShortDateTime, SCORE_CHANGE_REASONS, type ScoreChange } from "./scoreChanges";

/** The given score changes, newest first: when, why, and the score after with its change. */
export function ScoreChangesTable({ changes }: { changes: readonly ScoreChange[] }) {
  return (
    <Table aria-label="Latest score changes" size="small" sx={{ tableLayout: "fixed" }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: "38%" }}>When</TableCell>
          <TableCell sx={{ width: "34%" }}>Reason</TableCell>
          <TableCell align="right" sx={{ width: "28%" }}>
            Score
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.id}>
            <TableCell title={formatDateTime(change.createdAt)}>
              {formatShortDateTime(change.createdAt)}
            </TableCell>
            <TableCell title={SCORE_CHANGE_REASONS[change.reason]}>
              {SCORE_CHANGE_REASONS[change.reason]}
            </TableCell>
            <TableCell align="right">
              <Box component="span" sx={{ color: "text.secondary", mr: 1 }}>
                {formatPoints(change.delta)}
              </Box>
              <ScoreBadge score={change.score} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
