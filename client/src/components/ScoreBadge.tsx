import Box from "@mui/material/Box";
import { scoreBand } from "./scoreBand";

/** A lead's 0-100 score as a small pill in its band's colour, so hot leads stand out. */
export function ScoreBadge({ score }: { score: number }) {
  const band = scoreBand(score);
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
        color: band.contrastText,
        bgcolor: band.color,
      }}
    >
      {score}
    </Box>
  );
}
