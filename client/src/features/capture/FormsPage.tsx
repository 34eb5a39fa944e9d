import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useEffect, useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";

const formsPageQuery = graphql(`
  query FormsPage {
    forms(first: 50) {
      edges {
        node {
          id
          name
          embedPath
          thankYouUrl
        }
      }
    }
  }
`);

/** One form: its embed snippet to copy, and a live preview of it (sandboxed: it cannot post from here). */
function FormEmbed({ name, embedPath }: { name: string; embedPath: string }) {
  const [snippet, setSnippet] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void fetch(embedPath)
      .then((response) => response.text())
      .then((text) => current && setSnippet(text));
    return () => {
      current = false;
    };
  }, [embedPath]);
  return (
    <Paper variant="outlined" component="section" aria-label={`Form ${name}`} sx={{ p: 2 }}>
      <Typography variant="h6" component="h2">
        {name}
      </Typography>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ mt: 1 }}>
        <Typography
          component="pre"
          aria-label="Embed snippet"
          variant="caption"
          sx={{
            flex: 1,
            m: 0,
            p: 1,
            bgcolor: "action.hover",
            whiteSpace: "pre-wrap",
            overflowWrap: "anywhere",
          }}
        >
          {snippet ?? "Loading…"}
        </Typography>
        {/* Mounted once the snippet is in: a srcdoc that changes after mounting may not reload. */}
        {snippet !== null && (
          <iframe
            title={`Preview of ${name}`}
            sandbox="allow-scripts"
            srcDoc={snippet}
            style={{ flex: 1, minHeight: 320, border: "1px solid #ddd", background: "#fff" }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Embeddable forms: the snippet each one gives out, and what it looks like. */
export function FormsPage() {
  const { data, error } = useQuery(formsPageQuery, { fetchPolicy: "cache-and-network" });
  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading forms" />
    );
  }
  const forms = data.forms.edges.map((edge) => edge.node);
  return (
    <Stack spacing={2} sx={{ flex: 1, minHeight: 0, overflow: "auto" }}>
      <Typography variant="h5" component="h1">
        Forms
      </Typography>
      {forms.length === 0 && <Typography>No forms yet: create one with the createForm mutation.</Typography>}
      {forms.map((form) => (
        <FormEmbed key={form.id} name={form.name} embedPath={form.embedPath} />
      ))}
    </Stack>
  );
}
