import { useQuery } from "@apollo/client/react";
import { evaluateScore, type ScoringOptions, type ScoringRuleDefinition } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import LinearProgress from "@mui/material/LinearProgress";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { ScoreBadge } from "../../components/ScoreBadge";

// Every lead field a rule can read, so the browser scores these leads as the server would.
const rulePreviewLeadsQuery = graphql(`
  query RulePreviewLeads {
    leads(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          fullName
          score
          firstName
          lastName
          email
          phone
          jobTitle
          company
          industry
          companySize
          employees
          annualRevenue
          website
          street
          city
          state
          postalCode
          country
          source
          campaign
          utmSource
          utmMedium
          utmCampaign
          utmTerm
          utmContent
          status
          tags
          emailOpens
          emailClicks
          websiteVisits
          formSubmissions
          lastEngagementAt
          doNotCall
          doNotEmail
          preferredContactMethod
          customFields
          createdAt
        }
      }
    }
  }
`);

interface RulePreviewProps {
  /** The whole proposed rule set, the draft included. */
  readonly rules: readonly ScoringRuleDefinition[];
  readonly draftId: string;
  readonly options: ScoringOptions;
}

/** The 10 newest leads scored in the browser with the proposed rules, marking those the draft matches. */
export function RulePreview({ rules, draftId, options }: RulePreviewProps) {
  const { data, error } = useQuery(rulePreviewLeadsQuery, { fetchPolicy: "cache-and-network" });
  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading the newest leads" />
    );
  }

  const now = new Date();
  return (
    <Table aria-label="Preview on the newest leads" size="small">
      <TableHead>
        <TableRow>
          <TableCell>Newest leads</TableCell>
          <TableCell align="right">Now</TableCell>
          <TableCell align="right">With this rule</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.leads.edges.map(({ node: lead }) => {
          const result = evaluateScore(rules, lead, { now }, options);
          const matched = result.breakdown.some((entry) => entry.ruleId === draftId);
          return (
            <TableRow key={lead.id} selected={matched}>
              <TableCell component="th" scope="row">
                <Typography variant="body2" noWrap>
                  {lead.fullName}
                </Typography>
                {matched && (
                  <Typography variant="caption" color="success.dark">
                    Rule matches
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">
                <ScoreBadge score={lead.score} />
              </TableCell>
              <TableCell align="right">
                <ScoreBadge score={result.score} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
