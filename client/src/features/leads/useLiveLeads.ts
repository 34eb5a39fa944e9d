import { useSubscription } from "@apollo/client/react";
import { graphql } from "../../api/gql";
import { useDebouncedCallback } from "../../hooks/useDebouncedCallback";

const leadEventsSubscription = graphql(`
  subscription LeadEvents {
    leadEvents {
      type
      lead {
        id
      }
    }
  }
`);

/**
 * Keeps the visible page live: any lead created, updated or deleted in the organisation may move
 * into or out of it (sort order, filters, counts), so the page is refetched. Events come in bursts
 * (imports, routing), hence one refetch per quiet 300 ms.
 */
export function useLiveLeads(refetch: () => void): void {
  const scheduleRefetch = useDebouncedCallback(refetch, 300);
  useSubscription(leadEventsSubscription, { onData: () => scheduleRefetch.run() });
}
