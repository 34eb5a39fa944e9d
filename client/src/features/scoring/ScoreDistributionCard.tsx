import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useTheme } from "@mui/material/styles";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { ScoringPageQuery } from "../../api/gql/graphql";

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography sx={{ fontSize: 28, fontWeight: 700, lineHeight: 1.2 }}>{value}</Typography>
    </Box>
  );
}

/**
 * How the live leads spread over scores (a bar per 20 points) and grades, with the average. Plain data,
 * not a fragment: a distribution has no id, so Apollo cannot read it back from the cache as one.
 */
export function ScoreDistributionCard({ data }: { data: ScoringPageQuery["scoreDistribution"] }) {
  const theme = useTheme();

  const buckets = data.buckets.map((bucket) => ({ ...bucket, range: `${bucket.from}–${bucket.to}` }));
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 4 }}>
      <Box sx={{ flex: "1 1 420px", minWidth: 0 }}>
        <Typography variant="h6" component="h2">
          Score distribution
        </Typography>
        <Box component="figure" aria-label="Score distribution chart" sx={{ m: 0 }}>
          <BarChart
            data={buckets}
            responsive
            style={{ width: "100%", height: 180 }}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          >
            <CartesianGrid vertical={false} stroke={theme.palette.divider} />
            <XAxis dataKey="range" tick={{ fontSize: 12, fill: theme.palette.text.secondary }} />
            <YAxis
              allowDecimals={false}
              width={40}
              tick={{ fontSize: 12, fill: theme.palette.text.secondary }}
            />
            <Tooltip formatter={(count) => [count, "Leads"]} labelFormatter={(range) => `Score ${range}`} />
            <Bar dataKey="count" fill={theme.palette.primary.main} isAnimationActive={false} />
          </BarChart>
        </Box>
      </Box>
      <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
        <Box sx={{ display: "flex", gap: 4 }}>
          <Figure label="Leads" value={data.total.toLocaleString()} />
          <Figure label="Average score" value={data.average === null ? "–" : data.average.toFixed(1)} />
        </Box>
        <Box component="dl" aria-label="Leads by grade" sx={{ display: "flex", gap: 3, m: 0 }}>
          {data.grades.map(({ grade, count }) => (
            <Box key={grade}>
              <Typography component="dt" variant="caption" color="text.secondary">
                Grade {grade}
              </Typography>
              <Typography component="dd" sx={{ m: 0, fontSize: 20, fontWeight: 600 }}>
                {count.toLocaleString()}
              </Typography>
            </Box>
          ))}
        </Box>
      </Box>
    </Box>
  );
}
