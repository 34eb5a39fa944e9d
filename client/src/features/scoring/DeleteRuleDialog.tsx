import { useMutation } from "@apollo/client/react";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import { graphql } from "../../api/gql";
import type { ScoringRule } from "./ruleDraft";

const deleteRuleMutation = graphql(`
  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {
    deleteScoringRule(input: $input) {
      id
    }
  }
`);

/** Asks before deleting a rule; on yes, deletes it and reloads the rules. */
export function DeleteRuleDialog({ rule, onClose }: { rule: ScoringRule; onClose: () => void }) {
  const [deleteRule, { loading, error }] = useMutation(deleteRuleMutation, {
    refetchQueries: ["ScoringPage"],
    awaitRefetchQueries: true,
  });
  const confirm = () => deleteRule({ variables: { input: { id: rule.id } } }).then(onClose, () => undefined);

  return (
    <ConfirmDeleteDialog
      name={rule.name}
      consequence="Scores will no longer count this rule: every lead is rescored in the background, with its progress shown on this page."
      loading={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
