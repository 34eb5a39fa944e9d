import { useQuery } from "@apollo/client/react";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useTheme } from "@mui/material/styles";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { Link } from "react-router";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";

const pipelineStatsQuery = graphql(`
  query PipelineInsights {
    pipelineStats {
      from
      to
      stages {
        stage {
          id
          name
          color
          category
          retiredAt
        }
        leadCount
        totalValue
        entered
        advanced
        conversionRate
        averageDaysInStage
      }
    }
  }
`);

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)}%`);
const days = (value: number | null) => (value === null ? "–" : value.toFixed(1));
const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** How leads flow: a funnel of the stages now, time spent in each, conversion over the last 30 days. */
export function PipelineInsightsPage() {
  const theme = useTheme();
  const { data, error } = useQuery(pipelineStatsQuery, { fetchPolicy: "cache-and-network" });
  const stages = (data?.pipelineStats.stages ?? []).filter((row) => !row.stage.retiredAt);
  const chartData = stages.map((row) => ({
    name: row.stage.name,
    color: row.stage.color,
    leads: row.leadCount,
    days: row.averageDaysInStage === null ? 0 : Number(row.averageDaysInStage.toFixed(1)),
  }));
  const axis = { fontSize: 12, fill: theme.palette.text.secondary };

  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", display: "flex", flexDirection: "column", gap: 2 }}>
      <Box>
        <Button component={Link} to="/pipeline" startIcon={<ArrowBackIcon />} size="small">
          Board
        </Button>
      </Box>
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      {!data && !error && <LinearProgress aria-label="Loading pipeline insights" />}
      {data && (
        <>
          <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "1fr 1fr" } }}>
            <Paper variant="outlined" sx={{ p: 2.5, minWidth: 0 }}>
              <Typography variant="h6" component="h2">
                Funnel: leads per stage now
              </Typography>
              <Box component="figure" aria-label="Pipeline funnel chart" sx={{ m: 0 }}>
                <BarChart
                  data={chartData}
                  layout="vertical"
                  responsive
                  style={{ width: "100%", height: 240 }}
                >
                  <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
                  <XAxis type="number" allowDecimals={false} tick={axis} />
                  <YAxis type="category" dataKey="name" width={96} tick={axis} />
                  <Tooltip formatter={(value) => [value, "Leads"]} />
                  <Bar dataKey="leads" isAnimationActive={false}>
                    {chartData.map((row) => (
                      <Cell key={row.name} fill={row.color} />
                    ))}
                  </Bar>
                </BarChart>
              </Box>
            </Paper>
            <Paper variant="outlined" sx={{ p: 2.5, minWidth: 0 }}>
              <Typography variant="h6" component="h2">
                Average days in stage (last 30 days)
              </Typography>
              <Box component="figure" aria-label="Time in stage chart" sx={{ m: 0 }}>
                <BarChart data={chartData} responsive style={{ width: "100%", height: 240 }}>
                  <CartesianGrid vertical={false} stroke={theme.palette.divider} />
                  <XAxis dataKey="name" tick={axis} />
                  <YAxis width={40} tick={axis} />
                  <Tooltip formatter={(value) => [value, "Days"]} />
                  <Bar dataKey="days" fill={theme.palette.primary.main} isAnimationActive={false} />
                </BarChart>
              </Box>
            </Paper>
          </Box>
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              Stages
            </Typography>
            <Table size="small" aria-label="Stage statistics">
              <TableHead>
                <TableRow>
                  <TableCell>Stage</TableCell>
                  <TableCell align="right">Leads now</TableCell>
                  <TableCell align="right">Deal value</TableCell>
                  <TableCell align="right">Entered (30 days)</TableCell>
                  <TableCell align="right">Went on</TableCell>
                  <TableCell align="right">Conversion</TableCell>
                  <TableCell align="right">Avg. days</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {stages.map((row) => (
                  <TableRow key={row.stage.id}>
                    <TableCell component="th" scope="row">
                      {row.stage.name}
                    </TableCell>
                    <TableCell align="right">{row.leadCount.toLocaleString()}</TableCell>
                    <TableCell align="right">{money.format(row.totalValue)}</TableCell>
                    <TableCell align="right">{row.entered.toLocaleString()}</TableCell>
                    <TableCell align="right">{row.advanced.toLocaleString()}</TableCell>
                    <TableCell align="right">{percent(row.conversionRate)}</TableCell>
                    <TableCell align="right">{days(row.averageDaysInStage)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        </>
      )}
    </Box>
  );
}
