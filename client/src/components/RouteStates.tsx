import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import { useRouteError } from "react-router";

/** Shown while the first page's code loads. */
export function PageLoading() {
  return <LinearProgress aria-label="Loading Leadline" />;
}

/** Shown when a page fails to render or its code cannot load (e.g. a deploy replaced the chunks). */
export function RouteError() {
  const error = useRouteError();
  return (
    <Box sx={{ p: 4, maxWidth: 640 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            Reload
          </Button>
        }
      >
        Something went wrong: {error instanceof Error ? error.message : "unknown error"}
      </Alert>
    </Box>
  );
}
