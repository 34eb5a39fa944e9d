import Divider from "@mui/material/Divider";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { ApiKeysSection } from "./ApiKeysSection";
import { WebhookEndpointsSection } from "./WebhookEndpointsSection";

/** Settings for integrators: API keys, outgoing webhooks, and the way to the API explorer. */
export function IntegrationsPage() {
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
      <ApiKeysSection />
      <Divider sx={{ my: 3 }} />
      <WebhookEndpointsSection />
    </Paper>
  );
}
