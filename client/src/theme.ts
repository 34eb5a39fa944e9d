import { createTheme } from "@mui/material/styles";

declare module "@mui/material/styles" {
  interface TypeBackground {
    /** The left navigation's panel. */
    nav: string;
  }
}

// Close to Dynamics 365's unified interface: a navy top bar, a light grey site map, dense grids,
// Segoe UI where available.
export const theme = createTheme({
  palette: {
    primary: { main: "#0f6cbd" },
    secondary: { main: "#5c2e91" },
    background: { default: "#faf9f8", paper: "#ffffff", nav: "#f0f0f0" },
    text: { primary: "#242424", secondary: "#616161" },
  },
  typography: {
    fontFamily:
      '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif',
    fontSize: 13,
    button: { textTransform: "none", fontWeight: 600 },
  },
  shape: { borderRadius: 4 },
  components: {
    MuiAppBar: {
      defaultProps: { elevation: 0 },
      styleOverrides: { root: { backgroundColor: "#002050", color: "#ffffff" } },
    },
    MuiDrawer: {
      styleOverrides: { paper: { borderRight: "1px solid #e0e0e0" } },
    },
    MuiTableCell: {
      styleOverrides: {
        root: { borderBottomColor: "#edebe9", whiteSpace: "nowrap" },
        sizeSmall: { padding: "6px 12px" },
        head: { fontWeight: 600, backgroundColor: "#ffffff" },
        body: { overflow: "hidden", textOverflow: "ellipsis" },
      },
    },
    MuiChip: {
      defaultProps: { size: "small" },
    },
  },
});
