import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import Paper from "@mui/material/Paper";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState, type FormEvent } from "react";
import { describeError } from "../../api/errors";
import { graphql } from "../../api/gql";
import type { WebhookEventType } from "../../api/gql/graphql";
import { ConfirmDeleteDialog } from "../../components/ConfirmDeleteDialog";
import { SecretDialog } from "../../components/SecretDialog";
import { WebhookDeliveriesTable, webhookDeliveriesQuery } from "./WebhookDeliveriesTable";

const endpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 20) {
      edges {
        node {
          id
          url
          description
          events
          active
        }
      }
    }
  }
`);

const createEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

const updateEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        active
        events
      }
    }
  }
`);

const deleteEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(input: { id: $id }) {
      endpoint {
        id
      }
    }
  }
`);

const testEndpointMutation = graphql(`
  mutation TestWebhookEndpoint($id: ID!) {
    testWebhookEndpoint(input: { id: $id }) {
      delivery {
        id
        status
        responseCode
        lastError
      }
    }
  }
`);

const EVENTS: readonly { value: WebhookEventType; label: string }[] = [
  { value: "LEAD_CREATED", label: "lead.created" },
  { value: "LEAD_UPDATED", label: "lead.updated" },
  { value: "LEAD_SCORED", label: "lead.scored" },
  { value: "LEAD_ASSIGNED", label: "lead.assigned" },
  { value: "LEAD_STATUS_CHANGED", label: "lead.status_changed" },
  { value: "LEAD_MERGED", label: "lead.merged" },
  { value: "IMPORT_COMPLETED", label: "import.completed" },
];

/** Outgoing webhooks: endpoints with their events, on/off, a test ping, and each one's delivery log. */
export function WebhookEndpointsSection() {
  const { data, error } = useQuery(endpointsQuery, { fetchPolicy: "cache-and-network" });
  const [create, creating] = useMutation(createEndpointMutation, { refetchQueries: [endpointsQuery] });
  const [update, updating] = useMutation(updateEndpointMutation);
  const [remove, removing] = useMutation(deleteEndpointMutation, { refetchQueries: [endpointsQuery] });
  const [test, testing] = useMutation(testEndpointMutation);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>(["LEAD_CREATED"]);
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; url: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { url, events } } });
    if (result.data) {
      setSecret(result.data.createWebhookEndpoint.secret);
      setUrl("");
    }
  };
  const toggle = (value: WebhookEventType) =>
    setEvents((current) =>
      current.includes(value) ? current.filter((e) => e !== value) : [...current, value],
    );

  return (
    <Box component="section" aria-labelledby="webhooks-title">
      <Typography id="webhooks-title" variant="h6" component="h2">
        Webhooks
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        Leadline POSTs each event as JSON, signed in the <code>Leadline-Signature</code> header (HMAC-SHA256
        of timestamp and body), and retries failures with backoff for 24 hours.
      </Typography>
      <Box component="form" onSubmit={submit} sx={{ mb: 2 }}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "center" }}>
          <TextField
            size="small"
            label="Endpoint URL"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            required
            sx={{ flex: 1 }}
          />
          <Button type="submit" variant="contained" loading={creating.loading} disabled={events.length === 0}>
            Add endpoint
          </Button>
        </Box>
        <FormGroup row aria-label="Events to send">
          {EVENTS.map((event) => (
            <FormControlLabel
              key={event.value}
              label={event.label}
              control={
                <Checkbox
                  size="small"
                  checked={events.includes(event.value)}
                  onChange={() => toggle(event.value)}
                />
              }
            />
          ))}
        </FormGroup>
      </Box>
      {[creating.error, updating.error, testing.error, error].map(
        (failure, index) =>
          failure && (
            <Alert key={index} severity="error">
              {describeError(failure)}
            </Alert>
          ),
      )}
      {data?.webhookEndpoints.edges.map(({ node: endpoint }) => (
        <Paper
          key={endpoint.id}
          variant="outlined"
          sx={{ p: 1.5, mb: 1.5 }}
          aria-label={`Endpoint ${endpoint.url}`}
          role="region"
        >
          <Box sx={{ display: "flex", gap: 1, alignItems: "center" }}>
            <Typography sx={{ flex: 1, fontFamily: "monospace", overflowWrap: "anywhere" }}>
              {endpoint.url}
            </Typography>
            <FormControlLabel
              label="Active"
              control={
                <Switch
                  checked={endpoint.active}
                  onChange={(e) =>
                    void update({ variables: { input: { id: endpoint.id, active: e.target.checked } } })
                  }
                />
              }
            />
            <Button
              size="small"
              onClick={() =>
                void test({
                  variables: { id: endpoint.id },
                  refetchQueries: [{ query: webhookDeliveriesQuery, variables: { endpointId: endpoint.id } }],
                })
              }
            >
              Send test
            </Button>
            <Button size="small" color="error" onClick={() => setDeleting(endpoint)}>
              Delete
            </Button>
          </Box>
          <Typography variant="body2" color="text.secondary">
            {endpoint.events.map((value) => EVENTS.find((e) => e.value === value)?.label ?? value).join(", ")}
          </Typography>
          <WebhookDeliveriesTable endpointId={endpoint.id} label={`Deliveries to ${endpoint.url}`} />
        </Paper>
      ))}
      {secret && (
        <SecretDialog
          title="Your endpoint's signing secret"
          secret={secret}
          onClose={() => setSecret(null)}
        />
      )}
      {deleting && (
        <ConfirmDeleteDialog
          name={deleting.url}
          consequence="Leadline stops sending events there, and its delivery log is deleted."
          loading={removing.loading}
          error={removing.error}
          onConfirm={() => void remove({ variables: { id: deleting.id } }).then(() => setDeleting(null))}
          onClose={() => setDeleting(null)}
        />
      )}
    </Box>
  );
}
