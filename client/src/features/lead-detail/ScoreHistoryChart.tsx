import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useTheme } from "@mui/material/styles";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { SCORE_BANDS } from "../../components/scoreBand";
import { formatDateTime } from "../../format";
import { formatPoints, formatShortDateTime, SCORE_CHANGE_REASONS, type ScoreChange } from "./scoreChanges";

type Point = ScoreChange & { readonly time: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const dayFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });

function HistoryTooltip({ active, payload }: TooltipContentProps) {
  const point = payload[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  const from = point.previousScore === null ? "" : `${point.previousScore} → `;
  return (
    <Paper variant="outlined" sx={{ px: 1.5, py: 1, boxShadow: 2 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {formatDateTime(point.createdAt)}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {SCORE_CHANGE_REASONS[point.reason]}
      </Typography>
      <Typography variant="body2">
        Score {from}
        {point.score} ({formatPoints(point.delta)}){point.grade && `, grade ${point.grade}`}
      </Typography>
    </Paper>
  );
}

/**
 * The score over time as a step line (a score holds until its next change) over the bands' colours.
 * A single change shows as a dot, centred in a two-day window. `changes` must not be empty.
 */
export function ScoreHistoryChart({ changes }: { changes: readonly ScoreChange[] }) {
  const theme = useTheme();
  // The server lists the newest first; the chart reads oldest to newest.
  const points: Point[] = changes
    .toReversed()
    .map((change) => ({ ...change, time: Date.parse(change.createdAt) }));
  const first = points[0]?.time ?? 0;
  const last = points.at(-1)?.time ?? first;
  const [start, end] = first === last ? [first - DAY_MS, last + DAY_MS] : [first, last];
  // Days when the history spans several, otherwise days and times.
  const formatTick = (time: number) =>
    end - start > 2 * DAY_MS ? dayFormat.format(time) : formatShortDateTime(time);

  return (
    <Box component="figure" aria-label="Score history chart" sx={{ m: 0 }}>
      <LineChart
        data={points}
        responsive
        style={{ width: "100%", height: 220 }}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      >
        {SCORE_BANDS.map((band, index) => (
          <ReferenceArea
            key={band.label}
            y1={band.min}
            y2={SCORE_BANDS[index + 1]?.min ?? 100}
            fill={band.color}
            fillOpacity={0.08}
          />
        ))}
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={[start, end]}
          tickFormatter={formatTick}
          interval="preserveStartEnd"
          tick={{ fontSize: 12, fill: theme.palette.text.secondary }}
        />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={32}
          tick={{ fontSize: 12, fill: theme.palette.text.secondary }}
        />
        <Tooltip content={HistoryTooltip} />
        <Line
          dataKey="score"
          type="stepAfter"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
          dot={{ r: 4, fill: theme.palette.primary.main }}
          isAnimationActive={false}
        />
      </LineChart>
    </Box>
  );
}
