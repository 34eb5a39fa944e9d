import TableCell from "@mui/material/TableCell";
import Typography from "@mui/material/Typography";
import type { MyQueueQuery } from "../../api/gql/graphql";
import { ClaimButton } from "./ClaimButton";
import { QueueLeadRow } from "./QueueLeadRow";
import { QueueTable } from "./QueueTable";

interface TeamQueueSectionProps {
  readonly queue: MyQueueQuery["teamQueue"];
  readonly myTeamIds: ReadonlySet<string>;
  /** Managers may claim from any team's queue. */
  readonly mayClaimAny: boolean;
  readonly onClaimed: (message: string) => void;
}

/**
 * Unassigned open leads, hottest first, with the team queue each waits in. A lead in a team's queue may
 * be claimed by that team's members; one in no queue by anyone (as the server rules). A member is shown
 * what they may claim; managers, who may claim any, every queue.
 */
export function TeamQueueSection({ queue, myTeamIds, mayClaimAny, onClaimed }: TeamQueueSectionProps) {
  return (
    <>
      <Typography variant="h6" component="h2">
        Team queue ({queue.totalCount.toLocaleString()} unassigned)
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {mayClaimAny
          ? "Leads no rep could take yet, in every team's queue. Claim one to make it yours."
          : "Leads no rep could take yet, waiting for your teams or for anyone. Claim one to make it yours."}
      </Typography>
      <QueueTable
        label="Team queue"
        extraColumns={["Queue", ""]}
        empty="Nothing is waiting."
        count={queue.edges.length}
      >
        {queue.edges.map(({ node }) => {
          const team = node.queueTeam;
          const blocked =
            team && !mayClaimAny && !myTeamIds.has(team.id) ? `Waiting for the ${team.name} team` : null;
          return (
            <QueueLeadRow key={node.id} lead={node}>
              <TableCell sx={team ? undefined : { color: "text.secondary" }}>
                {team?.name ?? "None"}
              </TableCell>
              <TableCell align="right">
                <ClaimButton
                  leadId={node.id}
                  leadName={node.fullName}
                  blockedBecause={blocked}
                  onSettled={({ message }) => onClaimed(message)}
                />
              </TableCell>
            </QueueLeadRow>
          );
        })}
      </QueueTable>
    </>
  );
}
