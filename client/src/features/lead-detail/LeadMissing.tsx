import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { Link } from "react-router";

/** In place of a lead that does not exist (any more): what happened, and the way back to the list. */
export function LeadMissing({ title, message }: { title: string; message: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 560 }} role="status">
      <Typography variant="h5" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {message}
      </Typography>
      <Button component={Link} to="/leads" variant="contained" startIcon={<ArrowBackIcon />}>
        Back to leads
      </Button>
    </Paper>
  );
}
