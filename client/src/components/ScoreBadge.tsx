import { gradeForScore, type Grade } from "@leadline/shared";
import Box from "@mui/material/Box";
import type { Theme } from "@mui/material/styles";

// Coloured by the grade the score earns under the default thresholds, so hot leads stand out.
const GRADE_COLORS: Record<Grade, (theme: Theme) => string> = {
  A: (theme) => theme.palette.error.main,
  B: (theme) => theme.palette.warning.main,
  C: (theme) => theme.palette.info.main,
  D: (theme) => theme.palette.grey[500],
};

/** A lead's 0-100 score as a small coloured pill. */
export function ScoreBadge({ score }: { score: number }) {
  return (
    <Box
      component="span"
      sx={{
        display: "inline-block",
        minWidth: 36,
        px: 0.75,
        borderRadius: 8,
        textAlign: "center",
        fontSize: 12,
        fontWeight: 700,
        lineHeight: "20px",
        color: "common.white",
        bgcolor: GRADE_COLORS[gradeForScore(score)],
      }}
    >
      {score}
    </Box>
  );
}
