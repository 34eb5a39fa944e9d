import { useApolloClient, useSubscription } from "@apollo/client/react";
import { graphql } from "../../api/gql";
import { useDebouncedCallback } from "../../hooks/useDebouncedCallback";

const pipelineEventsSubscription = graphql(`
  subscription PipelineBoardEvents {
    pipelineEvents {
      type
      stageId
      previousStageId
      lead {
        id
      }
    }
  }
`);

/**
 * Keeps the board live: a lead entering, leaving or changing in any column (someone else's move, a new
 * lead, a rescore) refreshes the columns, once per quiet 300 ms as events come in bursts.
 */
export function useLivePipeline(): void {
  const client = useApolloClient();
  const refresh = useDebouncedCallback(
    () => void client.refetchQueries({ include: ["PipelineColumnPage"] }),
    300,
  );
  useSubscription(pipelineEventsSubscription, { onData: () => refresh.run() });
}
