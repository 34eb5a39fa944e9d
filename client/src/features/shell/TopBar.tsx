import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { NotificationBell } from "../notifications/NotificationBell";
import { GlobalSearch } from "./GlobalSearch";

/** The dark bar across the top: product and organisation, global search, notifications, the user's menu. */
export function TopBar({ organizationName, userMenu }: { organizationName?: string; userMenu: ReactNode }) {
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar variant="dense" sx={{ gap: 2 }}>
        <Box sx={{ display: "flex", alignItems: "baseline", gap: 1.5, minWidth: 200 }}>
          <Typography component="span" sx={{ fontWeight: 700, letterSpacing: 0.5 }}>
            Leadline
          </Typography>
          {organizationName && (
            <Typography component="span" variant="body2" sx={{ opacity: 0.75 }} noWrap>
              {organizationName}
            </Typography>
          )}
        </Box>
        <Box sx={{ flexGrow: 1, display: "flex", justifyContent: "center" }}>
          <GlobalSearch />
        </Box>
        <Box
          sx={{ minWidth: 200, display: "flex", justifyContent: "flex-end", alignItems: "center", gap: 1 }}
        >
          <NotificationBell />
          {userMenu}
        </Box>
      </Toolbar>
    </AppBar>
  );
}
