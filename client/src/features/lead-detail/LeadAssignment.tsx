import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import SwapHorizIcon from "@mui/icons-material/SwapHoriz";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { AssignmentHistoryList } from "./AssignmentHistoryList";
import { ReassignDialog } from "./ReassignDialog";
import { SlaCountdown } from "./SlaCountdown";

const leadAssignmentFragment = graphql(`
  fragment LeadAssignment_lead on Lead {
    id
    fullName
    slaDueAt
    firstContactedAt
    assignedTo {
      id
      name
    }
    queueTeam {
      id
      name
    }
    assignmentHistory(first: 50) {
      totalCount
      edges {
        node {
          id
          type
          reason
          createdAt
          fromUser {
            id
            name
          }
          toUser {
            id
            name
          }
          assignedBy {
            id
            name
          }
          rule {
            id
            name
          }
        }
      }
    }
  }
`);

interface LeadAssignmentProps {
  readonly lead: FragmentType<typeof leadAssignmentFragment>;
  /** Managers and above may give the lead to someone else. */
  readonly canReassign: boolean;
}

/** Who owns the lead (or the queue it waits in), the first-contact countdown, reassigning, and every change of owner. */
export function LeadAssignment({ lead, canReassign }: LeadAssignmentProps) {
  const { data, complete } = useFragment({ fragment: leadAssignmentFragment, from: lead });
  const [reassigning, setReassigning] = useState(false);
  if (!complete) return null;

  const { totalCount, edges } = data.assignmentHistory;
  return (
    <Box
      component="section"
      aria-labelledby="lead-assignment-title"
      sx={{ display: "flex", flexDirection: "column", gap: 1.5 }}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Typography id="lead-assignment-title" variant="h6" component="h2" sx={{ flex: 1 }}>
          Assignment
        </Typography>
        {canReassign && (
          <Button size="small" startIcon={<SwapHorizIcon />} onClick={() => setReassigning(true)}>
            Reassign
          </Button>
        )}
      </Box>
      <Typography>
        {data.assignedTo ? (
          <>
            Owned by <strong>{data.assignedTo.name}</strong>
          </>
        ) : data.queueTeam ? (
          `Unassigned, waiting in the ${data.queueTeam.name} queue`
        ) : (
          "Unassigned"
        )}
      </Typography>
      <SlaCountdown slaDueAt={data.slaDueAt ?? null} firstContactedAt={data.firstContactedAt ?? null} />
      <Typography variant="subtitle2" component="h3">
        History{totalCount > edges.length && ` (latest ${edges.length} of ${totalCount.toLocaleString()})`}
      </Typography>
      <AssignmentHistoryList entries={edges.map((edge) => edge.node)} />
      {reassigning && (
        <ReassignDialog
          leadId={data.id}
          leadName={data.fullName}
          currentOwnerId={data.assignedTo?.id ?? null}
          onClose={() => setReassigning(false)}
        />
      )}
    </Box>
  );
}
