import { useMutation } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import { describeError } from "../../api/errors";
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
    <Dialog open onClose={onClose} aria-labelledby="delete-assignment-rule-title">
      <DialogTitle id="delete-assignment-rule-title">Delete “{rule.name}”?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          New leads will no longer be routed by this rule; leads it already assigned keep their owner.
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
