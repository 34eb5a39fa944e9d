import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
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
    <Dialog open onClose={onClose} aria-labelledby="delete-rule-title">
      <DialogTitle id="delete-rule-title">Delete “{rule.name}”?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Scores will no longer count this rule: every lead is rescored in the background, with its progress
          shown on this page.
        </DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {describeError(error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" variant="contained" loading={loading} onClick={() => void confirm()}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
