import { useSubscription } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../api/gql";

const myLeadAssignedSubscription = graphql(`
  subscription MyLeadAssigned {
    leadAssigned(toMe: true) {
      type
      lead {
        id
        fullName
      }
    }
  }
`);

export interface LeadArrival {
  readonly leadId: string;
  readonly name: string;
}

/**
 * Leads given to the viewer since the page opened (leadAssigned(toMe)), newest last; `onArrival` runs
 * for each, e.g. to refetch the queue at once.
 */
export function useLeadArrivals(onArrival: (arrival: LeadArrival) => void): readonly LeadArrival[] {
  const [arrivals, setArrivals] = useState<readonly LeadArrival[]>([]);
  useSubscription(myLeadAssignedSubscription, {
    onData: ({ data }) => {
      const lead = data.data?.leadAssigned.lead;
      if (!lead) return;
      const arrival = { leadId: lead.id, name: lead.fullName };
      setArrivals((previous) => [...previous.filter((a) => a.leadId !== lead.id), arrival]);
      onArrival(arrival);
    },
  });
  return arrivals;
}
