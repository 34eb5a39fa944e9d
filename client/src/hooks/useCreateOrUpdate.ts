import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useMutation } from "@apollo/client/react";

/**
 * The create and the update mutation of a dialog that does either, as one save: both reload
 * `refetchQueries` and are awaited until the reload is in, so the dialog closes on fresh data.
 */
export function useCreateOrUpdate<
  CreateData,
  CreateVariables extends OperationVariables,
  UpdateData,
  UpdateVariables extends OperationVariables,
>(
  createMutation: TypedDocumentNode<CreateData, CreateVariables>,
  updateMutation: TypedDocumentNode<UpdateData, UpdateVariables>,
  refetchQueries: string[],
) {
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [create, created] = useMutation(createMutation, options);
  const [update, updated] = useMutation(updateMutation, options);
  return {
    create,
    update,
    saving: created.loading || updated.loading,
    error: created.error ?? updated.error,
  };
}
