import { useQuery } from "@apollo/client/react";
import AddIcon from "@mui/icons-material/Add";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { type ScoringRule, scoringOptions, storedRule } from "./ruleDraft";
import { RescoreStatus } from "./RescoreStatus";
import { RuleDialog } from "./RuleDialog";
import { RulesTable } from "./RulesTable";
import { ScoreDistributionCard } from "./ScoreDistributionCard";

const scoringPageQuery = graphql(`
  query ScoringPage {
    me {
      id
      role
    }
    scoreDistribution {
      total
      average
      buckets {
        from
        to
        count
      }
      grades {
        grade
        count
      }
    }
    scoringSettings {
      decayPointsPerWeek
      categoryCaps {
        category
        cap
      }
      gradeThresholds {
        A
        B
        C
      }
    }
    scoringRules(first: 100) {
      edges {
        node {
          id
          name
          description
          category
          field
          operator
          value
          points
          priority
          exclusiveGroup
          active
        }
      }
    }
  }
`);

/** The rule builder's subject: a stored rule to edit, or null for a new one. */
type Editing = { readonly rule: ScoringRule | null };

/** Scoring admin: how scores spread, the rules that make them, and (ADMIN, OWNER) changing the rules. */
export function ScoringPage() {
  const { data, loading, error, refetch } = useQuery(scoringPageQuery, { fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<Editing | null>(null);

  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading scoring" />
    );
  }

  const canEdit = data.me.role === "ADMIN" || data.me.role === "OWNER";
  const rules = data.scoringRules.edges.map((edge) => edge.node);
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", display: "flex", flexDirection: "column", gap: 2 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2 }}>
        <Typography variant="h5" component="h1">
          Scoring
        </Typography>
        <LinearProgress sx={{ flex: 1, visibility: loading ? "visible" : "hidden" }} aria-hidden={!loading} />
        {canEdit && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ rule: null })}>
            New rule
          </Button>
        )}
      </Box>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      <RescoreStatus
        canRescore={data.me.role !== "MEMBER" && data.me.role !== "VIEWER"}
        onFinished={refetch}
      />
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <ScoreDistributionCard data={data.scoreDistribution} />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h2">
          Rules
        </Typography>
        {!canEdit && (
          <Typography variant="body2" color="text.secondary">
            Only admins can change the rules.
          </Typography>
        )}
        <RulesTable rules={rules} canEdit={canEdit} onEdit={(rule) => setEditing({ rule })} />
      </Paper>
      {editing && (
        <RuleDialog
          rule={editing.rule}
          rules={rules.map(storedRule)}
          options={scoringOptions(data.scoringSettings)}
          onClose={() => setEditing(null)}
        />
      )}
    </Box>
  );
}
