import { useMutation } from "@apollo/client/react";
import DeleteOutlinedIcon from "@mui/icons-material/DeleteOutlined";
import EditOutlinedIcon from "@mui/icons-material/EditOutlined";
import Alert from "@mui/material/Alert";
import IconButton from "@mui/material/IconButton";
import Switch from "@mui/material/Switch";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Tooltip from "@mui/material/Tooltip";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { humanize } from "../../format";
import { formatPoints } from "../lead-detail/scoreChanges";
import { DeleteRuleDialog } from "./DeleteRuleDialog";
import type { ScoringRule } from "./ruleDraft";
import { describeCondition } from "./ruleText";

const setRuleActiveMutation = graphql(`
  mutation SetScoringRuleActive($input: UpdateScoringRuleInput!) {
    updateScoringRule(input: $input) {
      rule {
        id
        active
      }
    }
  }
`);

// Long conditions (a dozen title words) stay on one line; the cell's title shows them whole.
const ellipsis = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;

interface RulesTableProps {
  readonly rules: readonly ScoringRule[];
  /** ADMIN and OWNER: the switch, edit and delete work; others see the rules only. */
  readonly canEdit: boolean;
  readonly onEdit: (rule: ScoringRule) => void;
}

/** The organisation's rules, highest priority first, each with its condition in words. */
export function RulesTable({ rules, canEdit, onEdit }: RulesTableProps) {
  const [setActive, { error }] = useMutation(setRuleActiveMutation);
  const [deleting, setDeleting] = useState<ScoringRule | null>(null);

  return (
    <>
      {error && (
        <Alert severity="error" sx={{ my: 1 }}>
          {describeError(error)}
        </Alert>
      )}
      <Table aria-label="Scoring rules" size="small" sx={{ tableLayout: "fixed" }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: "22%" }}>Name</TableCell>
            <TableCell sx={{ width: 110 }}>Category</TableCell>
            <TableCell>Condition</TableCell>
            <TableCell align="right" sx={{ width: 64 }}>
              Points
            </TableCell>
            <TableCell align="right" sx={{ width: 72 }}>
              Priority
            </TableCell>
            <TableCell sx={{ width: 130 }}>Exclusive group</TableCell>
            <TableCell sx={{ width: 64 }}>Active</TableCell>
            {canEdit && (
              <TableCell align="right" sx={{ width: 88 }}>
                Actions
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rules.map((rule) => {
            const condition = describeCondition(rule);
            return (
              <TableRow key={rule.id} sx={{ opacity: rule.active ? 1 : 0.6 }}>
                <TableCell component="th" scope="row" title={rule.description ?? rule.name} sx={ellipsis}>
                  {rule.name}
                </TableCell>
                <TableCell>{humanize(rule.category)}</TableCell>
                <TableCell title={condition} sx={ellipsis}>
                  {condition}
                </TableCell>
                <TableCell
                  align="right"
                  sx={{ fontWeight: 600, color: rule.points < 0 ? "error.main" : "success.dark" }}
                >
                  {formatPoints(rule.points)}
                </TableCell>
                <TableCell align="right">{rule.priority}</TableCell>
                <TableCell sx={ellipsis}>{rule.exclusiveGroup ?? "–"}</TableCell>
                <TableCell padding="none">
                  <Switch
                    size="small"
                    checked={rule.active}
                    disabled={!canEdit}
                    slotProps={{ input: { "aria-label": `${rule.name} active` } }}
                    // A failure shows above the table, from the mutation's result.
                    onChange={(_, active) =>
                      void setActive({ variables: { input: { id: rule.id, active } } }).catch(() => undefined)
                    }
                  />
                </TableCell>
                {canEdit && (
                  <TableCell align="right" padding="none" sx={{ whiteSpace: "nowrap" }}>
                    <Tooltip title="Edit">
                      <IconButton size="small" aria-label={`Edit ${rule.name}`} onClick={() => onEdit(rule)}>
                        <EditOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title="Delete">
                      <IconButton
                        size="small"
                        aria-label={`Delete ${rule.name}`}
                        onClick={() => setDeleting(rule)}
                      >
                        <DeleteOutlinedIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {deleting && <DeleteRuleDialog rule={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
