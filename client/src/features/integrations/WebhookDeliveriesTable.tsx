import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { describeError } from "../../api/errors";
import { graphql } from "../../api/gql";
import { formatDateTime } from "../../format";

export const webhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId, first: 50) {
      totalCount
      edges {
        node {
          id
          createdAt
          event
          status
          attempts
          responseCode
          latencyMs
          lastError
          nextAttemptAt
        }
      }
    }
  }
`);

const redeliverMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(input: { deliveryId: $deliveryId }) {
      delivery {
        id
      }
    }
  }
`);

const STATUS_COLOR = { PENDING: "default", SUCCEEDED: "success", FAILED: "error" } as const;

/** An endpoint's delivery log (newest first), each with a button to send it again. */
export function WebhookDeliveriesTable({ endpointId, label }: { endpointId: string; label: string }) {
  const { data, error } = useQuery(webhookDeliveriesQuery, {
    variables: { endpointId },
    fetchPolicy: "cache-and-network",
  });
  const [redeliver, redelivering] = useMutation(redeliverMutation, {
    refetchQueries: [{ query: webhookDeliveriesQuery, variables: { endpointId } }],
  });
  if (error) return <Alert severity="error">{describeError(error)}</Alert>;
  return (
    <>
      {redelivering.error && <Alert severity="error">{describeError(redelivering.error)}</Alert>}
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Event</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Attempts</TableCell>
            <TableCell>Answer</TableCell>
            <TableCell>Latency</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {data?.webhookDeliveries.edges.map(({ node: delivery }) => (
            <TableRow key={delivery.id}>
              <TableCell>{formatDateTime(delivery.createdAt)}</TableCell>
              <TableCell>{delivery.event.toLowerCase().replace("_", ".")}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={STATUS_COLOR[delivery.status]}
                  label={delivery.status.toLowerCase()}
                />
                {delivery.nextAttemptAt && ` retry at ${formatDateTime(delivery.nextAttemptAt)}`}
              </TableCell>
              <TableCell>{delivery.attempts}</TableCell>
              <TableCell>{delivery.responseCode ?? delivery.lastError ?? "—"}</TableCell>
              <TableCell>{delivery.latencyMs !== null ? `${delivery.latencyMs} ms` : "—"}</TableCell>
              <TableCell>
                <Button
                  size="small"
                  onClick={() => void redeliver({ variables: { deliveryId: delivery.id } })}
                >
                  Retry
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
