import { useLazyQuery } from "@apollo/client/react";
import { type ScoringRuleDefinition } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { draftInput } from "./ruleDraft";

const scoringImpactQuery = graphql(`
  query ScoringImpact($input: ScoringImpactInput!) {
    scoringImpact(input: $input) {
      leadsEvaluated
      scoresChanged
      gradesChanged
      gradeTransitions {
        from
        to
        count
      }
      before {
        average
      }
      after {
        average
      }
    }
  }
`);

function average(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : value.toFixed(1);
}

/**
 * What the proposed rule set would do to every live lead, computed by the server on request (nothing
 * is written). Keyed by the draft in the dialog, so an answer never outlives the rules it was for.
 */
export function RuleImpact({
  rules,
  disabled,
}: {
  rules: readonly ScoringRuleDefinition[];
  disabled: boolean;
}) {
  const [run, { data, loading, error }] = useLazyQuery(scoringImpactQuery, { fetchPolicy: "network-only" });
  const impact = data?.scoringImpact;

  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
      <Button
        variant="outlined"
        loading={loading}
        disabled={disabled}
        sx={{ alignSelf: "flex-start" }}
        // The error shows from the result, below.
        onClick={() =>
          void run({ variables: { input: { rules: rules.map(draftInput) } } }).catch(() => undefined)
        }
      >
        Impact on all leads
      </Button>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      {impact && (
        <Box aria-label="Impact on all leads" role="region">
          <Typography variant="body2">
            Of {impact.leadsEvaluated.toLocaleString()} leads,{" "}
            <strong>{impact.scoresChanged.toLocaleString()}</strong> would change score and{" "}
            <strong>{impact.gradesChanged.toLocaleString()}</strong> grade.
          </Typography>
          <Typography variant="body2">
            Average score {average(impact.before.average)} → {average(impact.after.average)}
          </Typography>
          {impact.gradeTransitions.map(({ from, to, count }) => (
            <Typography key={`${from}-${to}`} variant="body2" color="text.secondary">
              {from ?? "None"} → {to}: {count.toLocaleString()}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
