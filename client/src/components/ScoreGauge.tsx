import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { SCORE_BANDS, scoreBand } from "./scoreBand";

// A half circle from the left (0) over the top to the right (100); pathLength makes score = length.
const ARC = "M 20 100 A 80 80 0 0 1 180 100";
const STROKE = 16;

interface ScoreGaugeProps {
  readonly score: number;
  readonly grade: string | null | undefined;
  /** The accessible name, e.g. "Lead score". */
  readonly label: string;
}

/** A 0-100 score as a half-circle gauge in its band's colour, with the number inside and the grade beside. */
export function ScoreGauge({ score, grade, label }: ScoreGaugeProps) {
  const band = scoreBand(score);
  return (
    <Box
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={score}
      aria-valuetext={`${score} of 100${grade ? `, grade ${grade}` : ""} (${band.label.toLowerCase()})`}
      sx={{ display: "flex", alignItems: "center", gap: 2 }}
    >
      <svg viewBox="0 0 200 118" width={200} height={118} aria-hidden>
        {/* The scale: each band's stretch of the arc, faint. */}
        {SCORE_BANDS.map((scale, index) => {
          const end = SCORE_BANDS[index + 1]?.min ?? 100;
          return (
            <path
              key={scale.label}
              d={ARC}
              pathLength={100}
              fill="none"
              stroke={scale.color}
              strokeOpacity={0.2}
              strokeWidth={STROKE}
              strokeDasharray={`${end - scale.min} 100`}
              strokeDashoffset={-scale.min}
            />
          );
        })}
        <path
          d={ARC}
          pathLength={100}
          fill="none"
          stroke={band.color}
          strokeWidth={STROKE}
          strokeDasharray={`${score} 100`}
        />
        <text x={100} y={96} textAnchor="middle" fontSize={44} fontWeight={700} fill="currentColor">
          {score}
        </text>
        <text x={20} y={116} textAnchor="middle" fontSize={11} fill="currentColor" opacity={0.6}>
          0
        </text>
        <text x={180} y={116} textAnchor="middle" fontSize={11} fill="currentColor" opacity={0.6}>
          100
        </text>
      </svg>
      <Box>
        <Typography variant="caption" color="text.secondary" component="div">
          Grade
        </Typography>
        <Typography sx={{ fontSize: 40, fontWeight: 700, lineHeight: 1 }}>{grade ?? "–"}</Typography>
        <Box
          component="span"
          sx={{
            display: "inline-block",
            mt: 0.5,
            px: 0.75,
            borderRadius: 8,
            fontSize: 12,
            fontWeight: 700,
            lineHeight: "20px",
            color: band.contrastText,
            bgcolor: band.color,
          }}
        >
          {band.label}
        </Box>
      </Box>
    </Box>
  );
}
