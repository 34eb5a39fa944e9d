import { useMutation, useQuery } from "@apollo/client/react";
import AddIcon from "@mui/icons-material/Add";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useEffect, useState } from "react";
import { graphql } from "../../api/gql";
import { describeError } from "../../api/errors";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import { EditDeleteButtons } from "../../components/EditDeleteButtons";
import { CampaignsTable } from "./CampaignsTable";
import { type CampaignRow, type FormRow, refreshPage } from "./captureSetup";
import { FormDialog } from "./FormDialog";
import { WebhookSourcesTable } from "./WebhookSourcesTable";

const formsPageQuery = graphql(`
  query FormsPage {
    campaigns(first: 100) {
      edges {
        node {
          id
          name
          status
          allowedOrigins
        }
      }
    }
    forms(first: 50) {
      edges {
        node {
          id
          name
          embedPath
          campaignId
          fields {
            name
            label
            type
            required
          }
          thankYouUrl
          honeypotField
          allowedOrigins
          updatedAt
        }
      }
    }
    webhookSources(first: 100) {
      edges {
        node {
          id
          name
          key
          active
          fieldMapping
          verifyToken
        }
      }
    }
  }
`);

const deleteFormMutation = graphql(`
  mutation DeleteForm($input: DeleteFormInput!) {
    deleteForm(input: $input) {
      id
    }
  }
`);

function DeleteFormDialog({ form, onClose }: { form: FormRow; onClose: () => void }) {
  const [remove, { loading, error }] = useMutation(deleteFormMutation, refreshPage());
  return (
    <ConfirmDeleteDialog
      name={form.name}
      consequence="Pages that still embed it will show that the form is gone (410); the leads it captured stay."
      loading={loading}
      error={error}
      onConfirm={() => void remove({ variables: { input: { id: form.id } } }).then(onClose, () => undefined)}
      onClose={onClose}
    />
  );
}

/**
 * Height of a form's snippet and preview boxes (each scrolls inside): fixed, so that the page below does
 * not jump down when a snippet arrives after the page is drawn, under a click aimed there.
 */
const EMBED_HEIGHT = 360;

/** One form: its embed snippet to copy, and a live preview of it (sandboxed: it cannot post from here). */
function FormEmbed({
  form: { name, embedPath, updatedAt },
  onEdit,
  onDelete,
}: {
  form: FormRow;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const [snippet, setSnippet] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void fetch(embedPath)
      .then((response) => response.text())
      .then((text) => current && setSnippet(text));
    return () => {
      current = false;
    };
    // Fetched again after an edit (updatedAt moves), so snippet and preview show the saved form.
  }, [embedPath, updatedAt]);
  return (
    <Paper variant="outlined" component="section" aria-label={`Form ${name}`} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {name}
        </Typography>
        <EditDeleteButtons name={name} onEdit={onEdit} onDelete={onDelete} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ mt: 1 }}>
        <Typography
          component="pre"
          aria-label="Embed snippet"
          variant="caption"
          sx={{
            flex: 1,
            m: 0,
            p: 1,
            height: EMBED_HEIGHT,
            overflow: "auto",
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
            key={snippet}
            title={`Preview of ${name}`}
            sandbox="allow-scripts"
            srcDoc={snippet}
            style={{ flex: 1, height: EMBED_HEIGHT, border: "1px solid #ddd", background: "#fff" }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Capture setup: campaigns, embeddable forms (snippet and preview of each) and webhook sources, to create, edit and delete. */
export function FormsPage() {
  const { data, error } = useQuery(formsPageQuery, { fetchPolicy: "cache-and-network" });
  // null: a new form; undefined: no form dialog open.
  const [editing, setEditing] = useState<FormRow | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<FormRow | null>(null);
  if (!data) {
    return error ? (
      <Alert severity="error">{describeError(error)}</Alert>
    ) : (
      <LinearProgress aria-label="Loading forms" />
    );
  }
  const campaigns: CampaignRow[] = data.campaigns.edges.map((edge) => edge.node);
  const forms = data.forms.edges.map((edge) => edge.node);
  const openCampaigns = campaigns.filter((campaign) => campaign.status !== "ARCHIVED");
  return (
    <Stack spacing={2} sx={{ flex: 1, minHeight: 0, overflow: "auto" }}>
      <Stack direction="row" sx={{ alignItems: "center" }}>
        <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
          Forms
        </Typography>
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          disabled={openCampaigns.length === 0}
          onClick={() => setEditing(null)}
        >
          New form
        </Button>
      </Stack>
      {forms.length === 0 && (
        <Typography>
          {openCampaigns.length === 0
            ? "No forms yet. A form belongs to a campaign: create a campaign below first."
            : "No forms yet."}
        </Typography>
      )}
      {forms.map((form) => (
        <FormEmbed
          key={form.id}
          form={form}
          onEdit={() => setEditing(form)}
          onDelete={() => setDeleting(form)}
        />
      ))}
      <CampaignsTable campaigns={campaigns} />
      <WebhookSourcesTable
        sources={data.webhookSources.edges.map((edge) => edge.node)}
        campaigns={campaigns}
      />
      {editing !== undefined && (
        <FormDialog form={editing} campaigns={campaigns} onClose={() => setEditing(undefined)} />
      )}
      {deleting && <DeleteFormDialog form={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
