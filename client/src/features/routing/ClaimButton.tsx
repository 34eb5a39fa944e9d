import { useMutation } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Tooltip from "@mui/material/Tooltip";
import { describeError, hasErrorCode } from "../../api/errors";
import { claimLeadMutation } from "./routingMutations";

interface ClaimButtonProps {
  readonly leadId: string;
  readonly leadName: string;
  /** Why the viewer may not claim it (another team's queue); null when they may. */
  readonly blockedBecause: string | null;
  /** After a claim, won or lost: the queues are stale either way. */
  readonly onSettled: (outcome: { claimed: boolean; message: string }) => void;
}

/** Takes a lead from the queue; losing the race (CONFLICT) is said plainly, not as a failure. */
export function ClaimButton({ leadId, leadName, blockedBecause, onSettled }: ClaimButtonProps) {
  const [claimLead, { loading }] = useMutation(claimLeadMutation);
  const claim = async () => {
    try {
      await claimLead({ variables: { input: { leadId } } });
      onSettled({ claimed: true, message: `${leadName} is yours now.` });
    } catch (error) {
      const message = hasErrorCode(error, "CONFLICT")
        ? `Someone else claimed ${leadName} first.`
        : describeError(error);
      onSettled({ claimed: false, message });
    }
  };
  const button = (
    <Button
      size="small"
      variant="outlined"
      loading={loading}
      disabled={!!blockedBecause}
      onClick={() => void claim()}
      aria-label={`Claim ${leadName}`}
    >
      Claim
    </Button>
  );
  // A disabled button gets no pointer events: the span carries the tooltip.
  return blockedBecause ? (
    <Tooltip title={blockedBecause}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}
