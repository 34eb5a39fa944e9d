import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Toolbar from "@mui/material/Toolbar";
import { useState } from "react";
import { Outlet } from "react-router";
import { describeError } from "../../api/errors";
import { graphql } from "../../api/gql";
import { TaskReminders } from "../tasks/TaskReminders";
import { NavDrawer } from "./NavDrawer";
import { TopBar } from "./TopBar";
import { UserMenu } from "./UserMenu";

const appShellQuery = graphql(`
  query AppShell {
    me {
      id
      role
      organization {
        id
        name
      }
      ...UserMenu_user
    }
  }
`);

const NAV_EXPANDED_KEY = "leadline.nav-expanded";

/** The signed-in layout: top bar, collapsible navigation, and the current page. */
export function AppShell() {
  const { data, error } = useQuery(appShellQuery);
  const [navExpanded, setNavExpanded] = useState(() => localStorage.getItem(NAV_EXPANDED_KEY) !== "false");
  const toggleNav = () => {
    localStorage.setItem(NAV_EXPANDED_KEY, String(!navExpanded));
    setNavExpanded(!navExpanded);
  };

  return (
    // The viewport is the frame: pages fill it and scroll inside (a grid keeps its pager in view).
    <Box sx={{ display: "flex", height: "100vh" }}>
      <TopBar organizationName={data?.me.organization.name} userMenu={data && <UserMenu user={data.me} />} />
      <NavDrawer expanded={navExpanded} onToggle={toggleNav} role={data?.me.role} />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
        <Toolbar variant="dense" />
        <Box
          sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: "column", p: { xs: 1.5, md: 2.5 } }}
        >
          {/* Without it the navigation shows only what every role may see: say why (a rate limit, say). */}
          {error && !data && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {describeError(error)}
            </Alert>
          )}
          <Outlet />
        </Box>
      </Box>
      <TaskReminders />
    </Box>
  );
}
