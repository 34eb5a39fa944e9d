import AltRouteIcon from "@mui/icons-material/AltRoute";
import BarChartIcon from "@mui/icons-material/BarChart";
import InboxOutlinedIcon from "@mui/icons-material/InboxOutlined";
import MenuIcon from "@mui/icons-material/Menu";
import PeopleAltOutlinedIcon from "@mui/icons-material/PeopleAltOutlined";
import TaskAltIcon from "@mui/icons-material/TaskAlt";
import DynamicFormIcon from "@mui/icons-material/DynamicForm";
import InputIcon from "@mui/icons-material/Input";
import KeyIcon from "@mui/icons-material/Key";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import MergeTypeIcon from "@mui/icons-material/MergeType";
import TuneIcon from "@mui/icons-material/Tune";
import ViewKanbanOutlinedIcon from "@mui/icons-material/ViewKanbanOutlined";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Toolbar from "@mui/material/Toolbar";
import Tooltip from "@mui/material/Tooltip";
import { Role, roleAtLeast } from "@leadline/shared";
import type { ReactNode } from "react";
import { NavLink } from "react-router";

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly icon: ReactNode;
  /** The least role that sees the entry (the page's own queries need it). */
  readonly minRole?: Role;
}

// Only what exists: new areas (dashboard, pipeline, ...) are added here as they are built.
const NAV_ITEMS: readonly NavItem[] = [
  { to: "/leads", label: "Leads", icon: <PeopleAltOutlinedIcon /> },
  { to: "/pipeline", label: "Pipeline", icon: <ViewKanbanOutlinedIcon /> },
  { to: "/tasks", label: "My tasks", icon: <TaskAltIcon /> },
  { to: "/queue", label: "My queue", icon: <InboxOutlinedIcon />, minRole: Role.MEMBER },
  { to: "/workload", label: "Workload", icon: <BarChartIcon />, minRole: Role.MANAGER },
  { to: "/routing", label: "Routing", icon: <AltRouteIcon />, minRole: Role.MANAGER },
  { to: "/duplicates", label: "Duplicates", icon: <MergeTypeIcon /> },
  { to: "/forms", label: "Forms", icon: <DynamicFormIcon />, minRole: Role.MANAGER },
  { to: "/capture", label: "Capture log", icon: <InputIcon />, minRole: Role.MANAGER },
  { to: "/imports", label: "Import", icon: <UploadFileIcon />, minRole: Role.MANAGER },
  { to: "/scoring", label: "Scoring", icon: <TuneIcon /> },
  { to: "/integrations", label: "Integrations", icon: <KeyIcon />, minRole: Role.ADMIN },
];

export const NAV_WIDTH = { expanded: 220, collapsed: 56 } as const;

/** The left site map, Dynamics-style: icons with labels, collapsible to icons only. */
export function NavDrawer({
  expanded,
  onToggle,
  role,
}: {
  expanded: boolean;
  onToggle: () => void;
  /** The viewer's role; unknown while loading, when only the entries for everyone show. */
  role: Role | undefined;
}) {
  const items = NAV_ITEMS.filter((item) => !item.minRole || (role && roleAtLeast(role, item.minRole)));
  const width = expanded ? NAV_WIDTH.expanded : NAV_WIDTH.collapsed;
  return (
    <Drawer
      variant="permanent"
      sx={{ width, flexShrink: 0 }}
      slotProps={{
        paper: {
          sx: (theme) => ({
            width,
            overflowX: "hidden",
            bgcolor: "background.nav",
            transition: theme.transitions.create("width", { duration: theme.transitions.duration.shorter }),
          }),
        },
      }}
    >
      <Toolbar variant="dense" />
      <IconButton
        aria-label={expanded ? "Collapse navigation" : "Expand navigation"}
        aria-expanded={expanded}
        aria-controls="main-navigation"
        onClick={onToggle}
        sx={{ alignSelf: "flex-start", mx: 1, my: 0.5 }}
      >
        <MenuIcon />
      </IconButton>
      <List id="main-navigation" component="nav" aria-label="Main" dense>
        {items.map((item) => (
          <Tooltip key={item.to} title={expanded ? "" : item.label} placement="right">
            <ListItemButton
              component={NavLink}
              to={item.to}
              sx={{
                borderLeft: 3,
                borderColor: "transparent",
                "&.active": { borderColor: "primary.main", bgcolor: "action.selected", fontWeight: 600 },
              }}
            >
              <ListItemIcon sx={{ minWidth: 40 }}>{item.icon}</ListItemIcon>
              <ListItemText primary={item.label} sx={{ opacity: expanded ? 1 : 0, whiteSpace: "nowrap" }} />
            </ListItemButton>
          </Tooltip>
        ))}
      </List>
    </Drawer>
  );
}
