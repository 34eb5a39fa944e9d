import { useQuery } from "@apollo/client/react";
import Button from "@mui/material/Button";
import { graphql } from "../../api/gql";
import type { LeadFilter, PipelineColumnPageQuery } from "../../api/gql/graphql";
import { LeadCard } from "./LeadCard";

export const columnPageQuery = graphql(`
  query PipelineColumnPage($filter: LeadFilter!, $search: String, $after: String) {
    leads(
      filter: $filter
      search: $search
      orderBy: { field: SCORE, direction: DESC }
      first: 25
      after: $after
    ) {
      totalCount
      edges {
        node {
          id
          fullName
          company
          score
          daysInStage
          assignedTo {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type BoardLead = PipelineColumnPageQuery["leads"]["edges"][number]["node"];

interface ColumnPageProps {
  readonly stageId: string;
  readonly filter: LeadFilter;
  readonly search: string;
  readonly after: string | null;
  /** Only the last page offers more. */
  readonly last: boolean;
  readonly onMore: (endCursor: string) => void;
}

/** The variables of a column's page: the board's filters narrowed to the column's stage. */
export const columnVariables = (
  stageId: string,
  filter: LeadFilter,
  search: string,
  after: string | null,
) => ({
  filter: { ...filter, stageIds: [stageId] },
  search: search || undefined,
  after,
});

/**
 * One page (25 cards, best score first) of a column. A column renders its pages one after another, so a
 * board of thousands of leads draws only what was asked for.
 */
export function ColumnPage({ stageId, filter, search, after, last, onMore }: ColumnPageProps) {
  const { data, previousData } = useQuery(columnPageQuery, {
    variables: columnVariables(stageId, filter, search, after),
    fetchPolicy: "cache-and-network",
    nextFetchPolicy: "cache-first",
  });
  const leads = (data ?? previousData)?.leads;
  if (!leads) return null;
  return (
    <>
      {leads.edges.map(({ node }) => (
        <LeadCard key={node.id} lead={node} stageId={stageId} />
      ))}
      {last && leads.pageInfo.hasNextPage && leads.pageInfo.endCursor && (
        <Button size="small" onClick={() => onMore(leads.pageInfo.endCursor!)}>
          Show more
        </Button>
      )}
    </>
  );
}
