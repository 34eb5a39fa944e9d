import { Role, roleAtLeast } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Divider from "@mui/material/Divider";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { describeError } from "../../api/errors";
import { useViewerRole } from "../auth/useViewerRole";
import { ApiKeysSection } from "./ApiKeysSection";
import { WebhookEndpointsSection } from "./WebhookEndpointsSection";

/** Settings for integrators: API keys, outgoing webhooks, and the way to the API explorer. */
export function IntegrationsPage() {
  const { role, error } = useViewerRole();
  // Keys and webhooks are the admins' (the server checks too): others reach this page only by its address.
  const isAdmin = role ? roleAtLeast(role, Role.ADMIN) : null;
  return (
    <Paper variant="outlined" sx={{ flex: 1, minHeight: 0, overflow: "auto", p: 2 }}>
      <Typography variant="h5" component="h1">
        Integrations
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        The GraphQL API at <code>/graphql</code> is what the web app itself uses.{" "}
        {/* A full page load: the explorer is served by the server, not a route of this app. */}
        <Link href="/graphql" target="_blank" rel="noopener">
          Open the API explorer
        </Link>
      </Typography>
      {error && !role && <Alert severity="error">{describeError(error)}</Alert>}
      {isAdmin === false && (
        <Alert severity="info">
          API keys and webhooks are managed by your organisation&apos;s admins. Ask one of them for a key.
        </Alert>
      )}
      {isAdmin && (
        <>
          <ApiKeysSection />
          <Divider sx={{ my: 3 }} />
          <WebhookEndpointsSection />
        </>
      )}
    </Paper>
  );
}
