import { useLazyQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import type { CreateLeadInput } from "../../api/gql/graphql";
import { humanize } from "../../format";

const testAssignmentQuery = graphql(`
  query TestAssignment($input: TestAssignmentInput!) {
    testAssignment(input: $input) {
      type
      reason
      rule {
        id
        name
      }
      user {
        id
        name
      }
      queueTeam {
        id
        name
      }
    }
  }
`);

// The lead fields routing conditions most often read; the rest keep their defaults.
const TEXT_FIELDS = [
  ["firstName", "First name"],
  ["lastName", "Last name"],
  ["email", "Email"],
  ["company", "Company"],
  ["jobTitle", "Job title"],
  ["country", "Country"],
  ["state", "State / region"],
  ["industry", "Industry"],
  ["companySize", "Company size"],
  ["source", "Source"],
] as const satisfies readonly (readonly [keyof CreateLeadInput, string])[];

type TestLead = Partial<Record<(typeof TEXT_FIELDS)[number][0] | "employees", string>>;

function leadInput(lead: TestLead): CreateLeadInput {
  const input: CreateLeadInput = {};
  for (const [name] of TEXT_FIELDS) if (lead[name]?.trim()) input[name] = lead[name].trim();
  if (lead.employees?.trim()) input.employees = Number(lead.employees);
  return input;
}

/** "Test a lead": which rule and rep a lead like this would get now (the server scores and routes a draft). */
export function TestAssignmentPanel() {
  const [lead, setLead] = useState<TestLead>({});
  const [test, { data, loading, error }] = useLazyQuery(testAssignmentQuery, { fetchPolicy: "network-only" });
  const result = data?.testAssignment;
  const run = () => void test({ variables: { input: { lead: leadInput(lead) } } }).catch(() => undefined);

  return (
    <Box
      component="form"
      aria-label="Test a lead"
      onSubmit={(event) => {
        event.preventDefault();
        run();
      }}
      sx={{ display: "flex", flexDirection: "column", gap: 1.5 }}
    >
      <Typography variant="h6" component="h2">
        Test a lead
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Describe a lead to see where it would go now. Nothing is saved and no rep loses a turn.
      </Typography>
      <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", gap: 1.5 }}>
        {TEXT_FIELDS.map(([name, label]) => (
          <TextField
            key={name}
            size="small"
            label={label}
            value={lead[name] ?? ""}
            onChange={(event) => setLead({ ...lead, [name]: event.target.value })}
          />
        ))}
        <TextField
          size="small"
          label="Employees"
          type="number"
          value={lead.employees ?? ""}
          onChange={(event) => setLead({ ...lead, employees: event.target.value })}
        />
      </Box>
      <Button type="submit" variant="contained" loading={loading} sx={{ alignSelf: "flex-start" }}>
        Test
      </Button>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      {result && !loading && (
        <Alert severity={result.user ? "success" : "warning"} role="status" aria-label="Test result">
          {result.rule ? (
            <>
              Rule <strong>{result.rule.name}</strong> wins
              {result.user ? (
                <>
                  : <strong>{result.user.name}</strong> would get it ({humanize(result.type ?? "")}).
                </>
              ) : (
                <>
                  , but no rep can take it now: it would wait in the {result.queueTeam?.name ?? "team"} queue.
                </>
              )}
            </>
          ) : (
            "No rule matches: the lead would stay unassigned."
          )}
          {result.reason && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {result.reason}
            </Typography>
          )}
        </Alert>
      )}
    </Box>
  );
}
