import { useSubscription } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { useDebouncedCallback } from "../../hooks/useDebouncedCallback";

const leadPageEventsSubscription = graphql(`
  subscription LeadPageEvents {
    leadEvents {
      type
      lead {
        id
      }
    }
  }
`);

/**
 * Keeps one lead's page live (like useLiveLeads for the list): an update of this lead refetches it
 * (once per quiet 300 ms, as updates come in bursts). Returns whether the lead has been deleted.
 */
export function useLiveLead(leadId: string, refetch: () => void): boolean {
  const scheduleRefetch = useDebouncedCallback(refetch, 300);
  const [deletedId, setDeletedId] = useState<string | null>(null);
  useSubscription(leadPageEventsSubscription, {
    onData: ({ data }) => {
      const event = data.data?.leadEvents;
      if (event?.lead.id !== leadId) return;
      if (event.type === "DELETED") setDeletedId(leadId);
      else scheduleRefetch.run();
    },
  });
  return deletedId === leadId;
}
