import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { graphql } from "../../api/gql";
import { ScoreGauge } from "../../components/ScoreGauge";
import { formatDate, formatDateTime } from "../../format";
import { LeadStatusChip } from "../leads/LeadStatusChip";

const leadHeaderFragment = graphql(`
  fragment LeadHeader_lead on Lead {
    fullName
    company
    jobTitle
    status
    email
    phone
    source
    createdAt
    score
    grade
    assignedTo {
      id
      name
    }
  }
`);

const muted = { color: "text.secondary" } as const;
const NONE = (
  <Box component="span" sx={muted}>
    —
  </Box>
);

interface DetailProps {
  readonly label: string;
  /** Two columns wide (an email address). */
  readonly wide?: boolean;
  readonly children: ReactNode;
}

function Detail({ label, wide, children }: DetailProps) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? "span 2" : undefined }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" noWrap sx={{ m: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

/** Who the lead is and where it stands: name, role, status, key details, and the score gauge. */
export function LeadHeader({ lead }: { lead: FragmentType<typeof leadHeaderFragment> }) {
  const { data, complete } = useFragment({ fragment: leadHeaderFragment, from: lead });
  if (!complete) return null;

  const role = [data.jobTitle, data.company].filter(Boolean).join(" · ");
  return (
    <Box sx={{ display: "flex", gap: 3, alignItems: "center", flexWrap: "wrap" }}>
      <Box sx={{ flex: 1, minWidth: 320 }}>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
          <Typography variant="h5" component="h1" noWrap title={data.fullName}>
            {data.fullName}
          </Typography>
          <LeadStatusChip status={data.status} />
        </Box>
        {role && <Typography color="text.secondary">{role}</Typography>}
        <Box
          component="dl"
          sx={{
            mt: 2,
            mb: 0,
            display: "grid",
            gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
            columnGap: 3,
            rowGap: 1.5,
          }}
        >
          <Detail label="Owner">
            {data.assignedTo?.name ?? (
              <Box component="span" sx={muted}>
                Unassigned
              </Box>
            )}
          </Detail>
          <Detail label="Source">{data.source ?? NONE}</Detail>
          <Detail label="Created">
            <span title={formatDateTime(data.createdAt)}>{formatDate(data.createdAt)}</span>
          </Detail>
          <Detail label="Email" wide>
            {data.email ? (
              <Link href={`mailto:${data.email}`} title={data.email}>
                {data.email}
              </Link>
            ) : (
              NONE
            )}
          </Detail>
          <Detail label="Phone">
            {data.phone ? <Link href={`tel:${data.phone}`}>{data.phone}</Link> : NONE}
          </Detail>
        </Box>
      </Box>
      <ScoreGauge score={data.score} grade={data.grade} label="Lead score" />
    </Box>
  );
}
