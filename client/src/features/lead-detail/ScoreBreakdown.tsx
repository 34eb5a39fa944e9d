import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { scoringFieldLabel } from "@leadline/shared";
import Box from "@mui/material/Box";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { graphql } from "../../api/gql";
import type { ScoringCategory } from "../../api/gql/graphql";
import { humanize } from "../../format";
import { formatMatchedValue } from "./matchedValue";
import { formatPoints } from "./scoreChanges";

const scoreBreakdownFragment = graphql(`
  fragment ScoreBreakdown_lead on Lead {
    score
    scoreBreakdown {
      ruleId
      name
      category
      points
      field
      operator
      matchedValue
    }
  }
`);

// In this order, with what each reads (a Record, so a new category won't compile until added).
const CATEGORIES: Readonly<Record<ScoringCategory, string>> = {
  DEMOGRAPHIC: "Who the person is",
  FIRMOGRAPHIC: "The company",
  BEHAVIORAL: "What the lead asked for, where it came from",
  ENGAGEMENT: "What the lead did",
  CUSTOM: "Your organisation's own fields",
};

function Points({ points }: { points: number }) {
  const color = points > 0 ? "success.dark" : points < 0 ? "error.main" : "text.secondary";
  return (
    <Box component="span" sx={{ color, fontWeight: 600 }}>
      {formatPoints(points)}
    </Box>
  );
}

/** Why the lead has its score: the matched rules by category, each category's subtotal, the total. */
export function ScoreBreakdown({ lead }: { lead: FragmentType<typeof scoreBreakdownFragment> }) {
  const { data, complete } = useFragment({ fragment: scoreBreakdownFragment, from: lead });
  if (!complete) return null;

  const groups = Object.entries(CATEGORIES)
    .map(([category, description]) => ({
      category,
      description,
      rules: data.scoreBreakdown.filter((rule) => rule.category === category),
    }))
    .filter((group) => group.rules.length > 0);
  const total = data.scoreBreakdown.reduce((sum, rule) => sum + rule.points, 0);

  return (
    <Table aria-label="Score breakdown" size="small" sx={{ tableLayout: "fixed" }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: "50%" }}>Rule</TableCell>
          <TableCell sx={{ width: "35%" }}>Matched value</TableCell>
          <TableCell align="right" sx={{ width: "15%" }}>
            Points
          </TableCell>
        </TableRow>
      </TableHead>
      {groups.map((group) => (
        <TableBody key={group.category}>
          <TableRow sx={{ bgcolor: "action.hover" }}>
            <TableCell component="th" scope="rowgroup" colSpan={2}>
              <Box component="span" sx={{ fontWeight: 600 }}>
                {humanize(group.category)}
              </Box>
              <Box component="span" sx={{ color: "text.secondary", ml: 1 }}>
                {group.description}
              </Box>
            </TableCell>
            <TableCell align="right">
              <Points points={group.rules.reduce((sum, rule) => sum + rule.points, 0)} />
            </TableCell>
          </TableRow>
          {group.rules.map((rule) => {
            const value = formatMatchedValue(rule.field, rule.matchedValue);
            const condition = `${scoringFieldLabel(rule.field)} ${humanize(rule.operator).toLowerCase()}`;
            return (
              <TableRow key={rule.ruleId}>
                <TableCell component="th" scope="row" title={`${rule.name}: ${condition} ${value}`}>
                  <Typography variant="body2" noWrap>
                    {rule.name}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" noWrap component="div">
                    {condition}
                  </Typography>
                </TableCell>
                <TableCell title={value}>{value}</TableCell>
                <TableCell align="right">
                  <Points points={rule.points} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      ))}
      <TableBody>
        {groups.length === 0 ? (
          <TableRow>
            <TableCell colSpan={3} align="center" sx={{ py: 4, color: "text.secondary" }}>
              No scoring rule matches this lead.
            </TableCell>
          </TableRow>
        ) : (
          <TableRow>
            <TableCell component="th" scope="row" colSpan={2} sx={{ fontWeight: 600, borderBottom: 0 }}>
              Total
              {total !== data.score && (
                <Box component="span" sx={{ color: "text.secondary", fontWeight: 400, ml: 1 }}>
                  (the score is {data.score})
                </Box>
              )}
            </TableCell>
            <TableCell align="right" sx={{ borderBottom: 0 }}>
              <Points points={total} />
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
