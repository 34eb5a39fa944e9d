import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import { useNavigate } from "react-router";
import { graphql } from "../../api/gql";
import { ScoreBadge } from "../../components/ScoreBadge";
import { formatDate, formatDateTime } from "../../format";
import { LeadStatusChip } from "./LeadStatusChip";

const leadRowFragment = graphql(`
  fragment LeadRow_lead on Lead {
    id
    fullName
    company
    email
    status
    score
    grade
    source
    createdAt
    assignedTo {
      id
      name
    }
  }
`);

const muted = { color: "text.secondary" } as const;

/**
 * One lead in the leads table (cells in the order of LEAD_COLUMNS); clicking it, or Enter while it
 * has focus, opens the lead. Cells cut long text short (see the theme), so text that may not fit has
 * its full value as a tooltip.
 */
export function LeadRow({ lead }: { lead: FragmentType<typeof leadRowFragment> }) {
  const { data, complete } = useFragment({ fragment: leadRowFragment, from: lead });
  const navigate = useNavigate();
  if (!complete) return null;

  const open = () => void navigate(`/leads/${data.id}`);
  return (
    <TableRow
      hover
      tabIndex={0}
      onClick={open}
      onKeyDown={(event) => event.key === "Enter" && open()}
      sx={{
        cursor: "pointer",
        "&:focus-visible": {
          outline: (theme) => `2px solid ${theme.palette.primary.main}`,
          outlineOffset: -2,
        },
      }}
    >
      <TableCell component="th" scope="row" title={data.fullName} sx={{ fontWeight: 600 }}>
        {data.fullName}
      </TableCell>
      <TableCell title={data.company ?? undefined}>{data.company}</TableCell>
      <TableCell title={data.email ?? undefined}>{data.email}</TableCell>
      <TableCell>
        <LeadStatusChip status={data.status} />
      </TableCell>
      <TableCell align="center">
        <ScoreBadge score={data.score} />
      </TableCell>
      <TableCell align="center">{data.grade}</TableCell>
      <TableCell title={data.assignedTo?.name} sx={data.assignedTo ? undefined : muted}>
        {data.assignedTo?.name ?? "Unassigned"}
      </TableCell>
      <TableCell title={data.source ?? undefined}>{data.source}</TableCell>
      <TableCell title={formatDateTime(data.createdAt)}>{formatDate(data.createdAt)}</TableCell>
    </TableRow>
  );
}
