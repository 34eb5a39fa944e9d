import { registerEnumType } from "type-graphql";

/** What an outgoing webhook can announce; the value is the `type` receivers see. */
export const WebhookEventType = {
  LEAD_CREATED: "lead.created",
  LEAD_UPDATED: "lead.updated",
  LEAD_SCORED: "lead.scored",
  /** A bulk rescoring run's changes, up to LEADS_PER_RESCORED_EVENT each; sent to lead.scored's subscribers. */
  LEADS_RESCORED: "leads.rescored",
  LEAD_ASSIGNED: "lead.assigned",
  LEAD_STATUS_CHANGED: "lead.status_changed",
  LEAD_MERGED: "lead.merged",
  IMPORT_COMPLETED: "import.completed",
  /** Sent only by testWebhookEndpoint. */
  WEBHOOK_TEST: "webhook.test",
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];

/**
 * Score changes of one bulk rescoring run per leads.rescored event: one delivery per hundred leads instead of
 * one each (a rule change in an organisation of 100,000 leads is 1,000 deliveries per endpoint), small enough
 * for a receiver's default body limit (100 kB in express).
 */
export const LEADS_PER_RESCORED_EVENT = 100;

/** The subscription an event goes out under: itself, except that a bulk run's leads.rescored is a lead.scored. */
export const subscriptionOf = (event: WebhookEventType): WebhookEventType =>
  event === WebhookEventType.LEADS_RESCORED ? WebhookEventType.LEAD_SCORED : event;

/** Events an endpoint may subscribe to (the test ping goes to any endpoint). */
export const SUBSCRIBABLE_EVENTS: readonly WebhookEventType[] = Object.values(WebhookEventType).filter(
  (event) => event !== WebhookEventType.WEBHOOK_TEST && subscriptionOf(event) === event,
);

registerEnumType(WebhookEventType, {
  name: "WebhookEventType",
  description: "An event an outgoing webhook announces; receivers see it as `type`, e.g. lead.created.",
  valuesConfig: {
    LEAD_CREATED: {
      description: "lead.created: a lead was created (GraphQL, capture API, form or webhook).",
    },
    LEAD_UPDATED: { description: "lead.updated: a lead's fields changed." },
    LEAD_SCORED: {
      description:
        "lead.scored: a lead's score changed. Subscribing to it includes leads.rescored, how bulk rescoring announces its changes.",
    },
    LEADS_RESCORED: {
      description:
        "leads.rescored: a bulk rescoring run (a rule or settings change, decay, rescoreLeads) changed these leads' scores, up to 100 per event; sent to endpoints subscribed to LEAD_SCORED, not subscribable on its own.",
    },
    LEAD_ASSIGNED: { description: "lead.assigned: a lead got a new owner." },
    LEAD_STATUS_CHANGED: { description: "lead.status_changed: a lead's status changed." },
    LEAD_MERGED: { description: "lead.merged: duplicates were merged into a master lead." },
    IMPORT_COMPLETED: { description: "import.completed: a CSV import finished." },
    WEBHOOK_TEST: { description: "webhook.test: a test ping from testWebhookEndpoint." },
  },
});

/** Where a delivery stands. */
export const WebhookDeliveryStatus = {
  PENDING: "PENDING",
  SUCCEEDED: "SUCCEEDED",
  FAILED: "FAILED",
} as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where a webhook delivery stands.",
  valuesConfig: {
    PENDING: { description: "Queued or waiting for its next retry." },
    SUCCEEDED: { description: "The receiver answered 2xx." },
    FAILED: { description: "Retries ran out (24 hours) or the target is not allowed." },
  },
});
