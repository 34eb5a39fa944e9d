import { useMutation, useQuery } from "@apollo/client/react";
import AddIcon from "@mui/icons-material/Add";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Role, roleAtLeast } from "@leadline/shared";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import type { AssignmentRuleView } from "./assignmentRuleDraft";
import { AssignmentRuleDialog } from "./AssignmentRuleDialog";
import { AssignmentRulesList } from "./AssignmentRulesList";
import { DeleteAssignmentRuleDialog } from "./DeleteAssignmentRuleDialog";
import { reorderAssignmentRulesMutation } from "./routingMutations";
import { TerritoriesList } from "./TerritoriesList";
import { TerritoryDialog } from "./TerritoryDialog";
import type { TerritoryView } from "./territoryDraft";
import { DeleteTerritoryDialog } from "./DeleteTerritoryDialog";
import { TestAssignmentPanel } from "./TestAssignmentPanel";

const routingAdminQuery = graphql(`
  query RoutingAdmin {
    me {
      id
      role
    }
    assignmentRules(first: 100) {
      edges {
        node {
          id
          name
          strategy
          priority
          active
          conditionMatch
          respectWorkingHours
          conditions {
            field
            operator
            value
          }
          team {
            id
            name
          }
          user {
            id
            name
          }
        }
      }
    }
    territories(first: 100) {
      edges {
        node {
          id
          name
          priority
          active
          criteriaMatch
          distribution
          criteria {
            field
            operator
            value
          }
          team {
            id
            name
          }
          user {
            id
            name
          }
        }
      }
    }
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    users(first: 100) {
      edges {
        node {
          id
          name
          active
        }
      }
    }
  }
`);

type Editing =
  | { readonly kind: "edit"; readonly rule: AssignmentRuleView | null }
  | { readonly kind: "delete"; readonly rule: AssignmentRuleView }
  | { readonly kind: "editTerritory"; readonly territory: TerritoryView | null }
  | { readonly kind: "deleteTerritory"; readonly territory: TerritoryView };

/** Managers: the routing rules in the order they are tried, changing them, and trying a lead on them. */
export function RoutingAdminPage() {
  const { data, loading, error } = useQuery(routingAdminQuery, { fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reorder, reordering] = useMutation(reorderAssignmentRulesMutation, {
    refetchQueries: ["RoutingAdmin"],
    awaitRefetchQueries: true,
  });

  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading routing" />
    );
  }

  const canEdit = roleAtLeast(data.me.role, Role.MANAGER);
  const rules = data.assignmentRules.edges.map((edge) => edge.node);
  const teams = data.teams.edges.map((edge) => edge.node);
  const users = data.users.edges.map((edge) => edge.node).filter((user) => user.active);
  const territories = data.territories.edges.map((edge) => edge.node);
  // Every way of moving (buttons, Alt+arrows, drag) sends the whole new order in one mutation.
  const move = (from: number, to: number) => {
    const ids = rules.map((rule) => rule.id);
    ids.splice(to, 0, ...ids.splice(from, 1));
    void reorder({ variables: { input: { ids } } }).catch(() => undefined);
  };
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", display: "flex", flexDirection: "column", gap: 2 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Typography variant="h5" component="h1">
          Routing
        </Typography>
        <LinearProgress
          sx={{ flex: 1, visibility: loading || reordering.loading ? "visible" : "hidden" }}
          aria-hidden={!loading && !reordering.loading}
        />
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          onClick={() => setEditing({ kind: "edit", rule: null })}
        >
          New rule
        </Button>
      </Box>
      {(error ?? reordering.error) && (
        <Alert severity="error">{describeError(error ?? reordering.error)}</Alert>
      )}
      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "minmax(0, 7fr) minmax(0, 5fr)" },
          alignItems: "start",
        }}
      >
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          <Typography variant="h6" component="h2">
            Rules
          </Typography>
          <Typography variant="body2" color="text.secondary">
            New leads are tried against the rules from the top; the first that matches decides.
          </Typography>
          {rules.length === 0 ? (
            <Typography sx={{ py: 2 }}>No rules yet: new leads stay unassigned.</Typography>
          ) : (
            <AssignmentRulesList
              rules={rules}
              busy={reordering.loading}
              canEdit={canEdit}
              onMove={move}
              onEdit={(rule) => setEditing({ kind: "edit", rule })}
              onDelete={(rule) => setEditing({ kind: "delete", rule })}
            />
          )}
        </Paper>
        {canEdit ? (
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <TestAssignmentPanel />
          </Paper>
        ) : (
          <Alert severity="info">Only managers and admins can change routing or test leads against it.</Alert>
        )}
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
            <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
              Territories
            </Typography>
            {canEdit && (
              <Button
                startIcon={<AddIcon />}
                onClick={() => setEditing({ kind: "editTerritory", territory: null })}
              >
                New territory
              </Button>
            )}
          </Box>
          <Typography variant="body2" color="text.secondary">
            Territory rules send a lead to the first territory it fits, highest priority first: to its rep, or
            shared within its team.
          </Typography>
          {territories.length === 0 ? (
            <Typography sx={{ py: 2 }}>No territories yet.</Typography>
          ) : (
            <TerritoriesList
              territories={territories}
              canEdit={canEdit}
              onEdit={(territory) => setEditing({ kind: "editTerritory", territory })}
              onDelete={(territory) => setEditing({ kind: "deleteTerritory", territory })}
            />
          )}
        </Paper>
      </Box>
      {editing?.kind === "edit" && (
        <AssignmentRuleDialog
          rule={editing.rule}
          teams={teams}
          users={users}
          newPriority={Math.max(0, ...rules.map((rule) => rule.priority)) + 1}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === "delete" && (
        <DeleteAssignmentRuleDialog rule={editing.rule} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === "editTerritory" && (
        <TerritoryDialog
          territory={editing.territory}
          teams={teams}
          users={users}
          newPriority={Math.max(0, ...territories.map((territory) => territory.priority)) + 1}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === "deleteTerritory" && (
        <DeleteTerritoryDialog territory={editing.territory} onClose={() => setEditing(null)} />
      )}
    </Box>
  );
}
