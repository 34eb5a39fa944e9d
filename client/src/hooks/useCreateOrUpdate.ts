import type { TypedDocumentNode } from "@apollo/client";
import { useMutation } from "@apollo/client/react";

/**
 * The create and the update mutation of a dialog that does either, as one save: both reload
 * `refetchQueries` and are awaited until the reload is in, so the dialog closes on fresh data.
 */
export function useCreateOrUpdate<CreateData, CreateInput, UpdateData, UpdateInput extends { id: string }>(
  createMutation: TypedDocumentNode<CreateData, { input: CreateInput }>,
  updateMutation: TypedDocumentNode<UpdateData, { input: UpdateInput }>,
  refetchQueries: string[],
) {
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [create, created] = useMutation(createMutation, options);
  const [update, updated] = useMutation(updateMutation, options);
  /**
   * Updates record `id` with `input` or, when `id` is null, creates one from `input` and `createOnly`
   * (what only a new record takes, e.g. its priority); rejects with the mutation's error.
   */
  const save = (
    id: string | null | undefined,
    input: CreateInput & Omit<UpdateInput, "id">,
    createOnly?: Partial<CreateInput>,
  ) => {
    if (!id) return create({ variables: { input: { ...input, ...createOnly } } });
    const fields: Omit<UpdateInput, "id"> = input;
    // `UpdateInput` is `fields` plus the id (TypeScript cannot see that of a generic `Omit`).
    return update({ variables: { input: { ...fields, id } as UpdateInput } });
  };
  return {
    create,
    update,
    save,
    saving: created.loading || updated.loading,
    error: created.error ?? updated.error,
  };
}
