import { useQuery } from "@apollo/client/react";
import { graphql } from "../../api/gql";
import type { PipelineStagesQuery } from "../../api/gql/graphql";

export const pipelineStagesQuery = graphql(`
  query PipelineStages {
    pipelineStages {
      id
      name
      color
      position
      category
      status
    }
  }
`);

export type Stage = PipelineStagesQuery["pipelineStages"][number];

/** The organisation's live stages in board order (rarely change: cached). */
export function usePipelineStages() {
  return useQuery(pipelineStagesQuery, { fetchPolicy: "cache-first" });
}

/** The shared transition rule reads stages in this shape. */
export const stageLike = (stage: Stage) => ({
  id: stage.id,
  category: stage.category,
  status: stage.status,
  retired: false,
});
