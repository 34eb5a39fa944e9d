import Box from "@mui/material/Box";
import { useTheme } from "@mui/material/styles";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { TeamWorkloadQuery } from "../../api/gql/graphql";

type Rep = TeamWorkloadQuery["teamWorkload"]["reps"][number];

/** "Jamil Krieger (Rep 1)" -> "Jamil Krieger": axis labels stay short. */
function shortName(name: string): string {
  return name.replace(/\s*\(.*\)$/, "");
}

/** Per rep: open leads, leads assigned today, and the daily capacity (absent when unlimited). */
export function WorkloadChart({ reps }: { reps: readonly Rep[] }) {
  const theme = useTheme();
  const rows = reps.map((rep) => ({
    name: shortName(rep.user.name),
    open: rep.openLeads,
    today: rep.assignedToday,
    capacity: rep.capacity ?? undefined,
  }));
  const tick = { fontSize: 12, fill: theme.palette.text.secondary };
  return (
    <Box component="figure" aria-label="Workload per rep" sx={{ m: 0 }}>
      <BarChart data={rows} responsive style={{ width: "100%", height: 260 }} margin={{ top: 8, right: 16 }}>
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis dataKey="name" tick={tick} />
        <YAxis allowDecimals={false} width={40} tick={tick} />
        <Tooltip />
        <Legend />
        <Bar dataKey="open" name="Open leads" fill={theme.palette.primary.main} isAnimationActive={false} />
        <Bar
          dataKey="today"
          name="Assigned today"
          fill={theme.palette.secondary.main}
          isAnimationActive={false}
        />
        <Bar
          dataKey="capacity"
          name="Daily capacity"
          fill={theme.palette.grey[400]}
          isAnimationActive={false}
        />
      </BarChart>
    </Box>
  );
}
