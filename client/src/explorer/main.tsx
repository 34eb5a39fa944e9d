import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { explorerFetcher } from "./fetcher";

// Anonymous on purpose: GraphiQL keeps a named example's operation name for a while after the text is
// replaced, and would run the new text under the old name ("Unknown operation named ...").
const EXAMPLE = `# Leadline API explorer. You are signed in as in the web app; to act as an integration,
# put {"Authorization": "Bearer ll_key_..."} in the Headers tab below.
query {
  leads(first: 10, orderBy: { field: SCORE, direction: DESC }) {
    totalCount
    edges { node { id fullName company score grade status } }
  }
}
`;

// The explorer served at GET /graphql: GraphiQL bundled with the app, nothing loaded from elsewhere.
createRoot(document.getElementById("explorer")!).render(
  <StrictMode>
    <GraphiQL fetcher={explorerFetcher} defaultQuery={EXAMPLE} />
  </StrictMode>,
);
