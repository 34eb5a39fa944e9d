import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { graphql } from "../../api/gql";
import { ScoreBadge } from "../../components/ScoreBadge";
import { formatDate, formatDateTime } from "../../format";
import { LeadStatusChip } from "../leads/LeadStatusChip";

const queueLeadRowFragment = graphql(`
  fragment QueueLeadRow_lead on Lead {
    id
    fullName
    company
    status
    score
    grade
    createdAt
  }
`);

interface QueueLeadRowProps {
  readonly lead: FragmentType<typeof queueLeadRowFragment>;
  /** Arrived live since the page opened: marked "Just assigned" (a badge, no sound). */
  readonly isNew?: boolean;
  /** Cells after the common ones (the queue team, a claim button). */
  readonly children?: ReactNode;
}

/** One lead in a queue: name (a link to the lead), company, status, score, grade and age. */
export function QueueLeadRow({ lead, isNew, children }: QueueLeadRowProps) {
  const { data, complete } = useFragment({ fragment: queueLeadRowFragment, from: lead });
  if (!complete) return null;
  return (
    <TableRow hover selected={isNew}>
      <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
        <Link component={RouterLink} to={`/leads/${data.id}`} underline="hover" color="inherit">
          {data.fullName}
        </Link>
        {isNew && <Chip label="Just assigned" color="secondary" size="small" sx={{ ml: 1 }} />}
      </TableCell>
      <TableCell title={data.company ?? undefined}>{data.company}</TableCell>
      <TableCell>
        <LeadStatusChip status={data.status} />
      </TableCell>
      <TableCell align="center">
        <ScoreBadge score={data.score} />
      </TableCell>
      <TableCell align="center">{data.grade}</TableCell>
      <TableCell title={formatDateTime(data.createdAt)}>{formatDate(data.createdAt)}</TableCell>
      {children}
    </TableRow>
  );
}

/** The header cells matching QueueLeadRow's common cells. */
export const QUEUE_COLUMNS = ["Lead", "Company", "Status", "Score", "Grade", "Created"] as const;
