import { useMutation } from "@apollo/client/react";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import { deleteTerritoryMutation } from "./routingMutations";
import type { TerritoryView } from "./territoryDraft";

/** Asks before deleting a territory; on yes, deletes it and reloads the routing page. */
export function DeleteTerritoryDialog({
  territory,
  onClose,
}: {
  territory: TerritoryView;
  onClose: () => void;
}) {
  const [deleteTerritory, { loading, error }] = useMutation(deleteTerritoryMutation, {
    refetchQueries: ["RoutingAdmin"],
    awaitRefetchQueries: true,
  });
  const confirm = () =>
    deleteTerritory({ variables: { input: { id: territory.id } } }).then(onClose, () => undefined);
  return (
    <ConfirmDeleteDialog
      name={territory.name}
      consequence="New leads it would hold go to the next territory they fit, or to the territory rule's team; leads already assigned keep their owner."
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
