import Typography from "@mui/material/Typography";
import type { MyQueueQuery } from "../../api/gql/graphql";
import { QueueLeadRow } from "./QueueLeadRow";
import { QueueTable } from "./QueueTable";

interface MyLeadsSectionProps {
  readonly leads: MyQueueQuery["myLeads"];
  /** Leads that arrived live since the page opened. */
  readonly newIds: ReadonlySet<string>;
}

/** The viewer's open leads, hottest first. */
export function MyLeadsSection({ leads, newIds }: MyLeadsSectionProps) {
  return (
    <>
      <Typography variant="h6" component="h2">
        My open leads ({leads.totalCount.toLocaleString()})
      </Typography>
      <QueueTable label="My open leads" empty="No open leads assigned to you." count={leads.edges.length}>
        {leads.edges.map(({ node }) => (
          <QueueLeadRow key={node.id} lead={node} isNew={newIds.has(node.id)} />
        ))}
      </QueueTable>
    </>
  );
}
