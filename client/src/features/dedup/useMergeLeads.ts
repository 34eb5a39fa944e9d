import { useMutation } from "@apollo/client/react";
import { graphql } from "../../api/gql";

const mergeLeadsMutation = graphql(`
  mutation MergeLeads($input: MergeLeadsInput!) {
    mergeLeads(input: $input) {
      merge {
        id
        undoableUntil
      }
      master {
        id
        fullName
      }
    }
  }
`);

const undoMergeMutation = graphql(`
  mutation UndoMerge($mergeId: ID!) {
    undoMerge(mergeId: $mergeId) {
      merge {
        id
        undoneAt
      }
    }
  }
`);

/** The merge and undo mutations; both reload the clusters afterwards. */
export function useMergeLeads() {
  const [merge, mergeState] = useMutation(mergeLeadsMutation, {
    refetchQueries: ["DuplicatesPage"],
    awaitRefetchQueries: true,
  });
  const [undo, undoState] = useMutation(undoMergeMutation, {
    refetchQueries: ["DuplicatesPage"],
    awaitRefetchQueries: true,
  });
  return { merge, mergeState, undo, undoState };
}
