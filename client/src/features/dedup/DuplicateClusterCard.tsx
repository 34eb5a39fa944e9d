import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Link } from "react-router";
import { humanize } from "../../format";

export interface ClusterLead {
  id: string;
  fullName: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  source?: string | null;
  updatedAt: string;
}

/** One group of matching leads: why they match, who they are, and a button to merge them. */
export function DuplicateClusterCard({
  reasons,
  leads,
  onMerge,
}: {
  reasons: readonly string[];
  leads: readonly ClusterLead[];
  onMerge: () => void;
}) {
  const title = leads.map((lead) => lead.fullName).join(", ");
  return (
    <Paper variant="outlined" component="section" aria-label={`Duplicates: ${title}`} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flex: 1 }}>
          {leads.length} similar leads
        </Typography>
        {reasons.map((reason) => (
          <Chip
            key={reason}
            size="small"
            label={`Same ${humanize(reason).replace("Name company", "name and company")}`}
          />
        ))}
        <Button variant="contained" size="small" onClick={onMerge}>
          Merge
        </Button>
      </Stack>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2 }}>
        {leads.map((lead) => (
          <li key={lead.id}>
            <Link to={`/leads/${lead.id}`}>{lead.fullName}</Link>{" "}
            <Typography component="span" variant="body2" color="text.secondary">
              {[lead.email, lead.phone, lead.company].filter(Boolean).join(" · ")}
            </Typography>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
