import { useMutation } from "@apollo/client/react";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import type { AssignmentRuleView } from "./assignmentRuleDraft";
import { deleteAssignmentRuleMutation } from "./routingMutations";

/** Asks before deleting a routing rule; on yes, deletes it and reloads the rules. */
export function DeleteAssignmentRuleDialog({
  rule,
  onClose,
}: {
  rule: AssignmentRuleView;
  onClose: () => void;
}) {
  const [deleteRule, { loading, error }] = useMutation(deleteAssignmentRuleMutation, {
    refetchQueries: ["RoutingAdmin"],
    awaitRefetchQueries: true,
  });
  const confirm = () => deleteRule({ variables: { input: { id: rule.id } } }).then(onClose, () => undefined);
  return (
    <ConfirmDeleteDialog
      name={rule.name}
      consequence="New leads will no longer be routed by this rule; leads it already assigned keep their owner."
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
