import { useMutation } from "@apollo/client/react";
import { graphql } from "../../api/gql";
import type { LostReason } from "../../api/gql/graphql";

const moveLeadMutation = graphql(`
  mutation MoveLead($input: MoveLeadInput!) {
    moveLead(input: $input) {
      lead {
        id
        status
        daysInStage
        stage {
          id
        }
      }
    }
  }
`);

export interface MoveRequest {
  leadId: string;
  stageId: string;
  lostReason?: LostReason;
  note?: string;
}

/** Moves a lead; the board columns and the lead page refresh once the move is stored. */
export function useMoveLead() {
  const [mutate, state] = useMutation(moveLeadMutation, {
    refetchQueries: ["PipelineColumnPage", "LeadStage", "LeadTimeline"],
  });
  const move = (request: MoveRequest) => mutate({ variables: { input: request } });
  return [move, state] as const;
}
