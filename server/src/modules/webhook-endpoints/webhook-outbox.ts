import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import type { JobQueue } from "../../jobs/queue.js";
import type { Lead } from "../leads/lead.entity.js";
import type { ScoreChange } from "../scoring/scoring.service.js";
import { webhookDeliveryJob } from "./webhook-delivery.job.js";
import { subscriptionOf, WebhookDeliveryStatus, WebhookEventType } from "./webhook-events.js";

/**
 * The transactional outbox of outgoing webhooks: one delivery row and one queued job per subscribed
 * endpoint, written with `em`, which must be inside the transaction of the change. The event goes out
 * if and only if the change commits, even if this process dies right after the commit.
 */
export function emitWebhookEvent(
  em: EntityManager,
  jobs: JobQueue,
  organizationId: string,
  event: WebhookEventType,
  data: Record<string, unknown>,
): Promise<void> {
  return emitWebhookEvents(em, jobs, organizationId, event, [data]);
}

/** Several events of one type (a bulk change): see `emitEventsOf`. */
export function emitWebhookEvents(
  em: EntityManager,
  jobs: JobQueue,
  organizationId: string,
  event: WebhookEventType,
  dataList: readonly Record<string, unknown>[],
): Promise<void> {
  return emitEventsOf(
    em,
    jobs,
    organizationId,
    dataList.map((data) => ({ event, data })),
  );
}

/**
 * Any events of one organisation (a batch's leads): one endpoint lookup, one INSERT of all their
 * deliveries and one job insert, whatever the number of events and endpoints.
 */
async function emitEventsOf(
  em: EntityManager,
  jobs: JobQueue,
  organizationId: string,
  events: readonly { event: WebhookEventType; data: Record<string, unknown> }[],
): Promise<void> {
  if (events.length === 0) return;
  const db = em.getKysely();
  const types = [...new Set(events.map(({ event }) => subscriptionOf(event)))];
  const { rows: endpoints } = await sql<{ id: string; events: string[] }>`
    select id, events from webhook_endpoint
    where organization_id = ${organizationId} and active and events && ${types}::text[]`.execute(db);
  if (endpoints.length === 0) return;
  const deliveries: { id: string; endpointId: string; event: string; eventId: string; payload: string }[] =
    [];
  for (const { event, data } of events) {
    const subscribed = endpoints.filter((endpoint) => endpoint.events.includes(subscriptionOf(event)));
    if (subscribed.length === 0) continue;
    const eventId = uuidv7();
    const payload = JSON.stringify({ id: eventId, type: event, createdAt: new Date().toISOString(), data });
    for (const endpoint of subscribed)
      deliveries.push({ id: uuidv7(), endpointId: endpoint.id, event, eventId, payload });
  }
  if (deliveries.length === 0) return;
  const column = <K extends keyof (typeof deliveries)[number]>(key: K) => deliveries.map((d) => d[key]);
  await sql`
    insert into webhook_delivery (id, organization_id, endpoint_id, event, event_id, payload, status, attempts)
    select d.id, ${organizationId}::uuid, d.endpoint_id, d.event, d.event_id, d.payload,
      ${WebhookDeliveryStatus.PENDING}::webhook_delivery_status, 0
    from unnest(${column("id")}::uuid[], ${column("endpointId")}::uuid[], ${column("event")}::text[],
      ${column("eventId")}::uuid[], ${column("payload")}::jsonb[]) as d(id, endpoint_id, event, event_id, payload)`.execute(
    db,
  );
  await jobs.sendMany(
    webhookDeliveryJob,
    deliveries.map(({ id }) => ({ deliveryId: id })),
    { em },
  );
}

/** The lead fields integrators receive: a Lead entity, or a lead written set-wise (captured). */
export type WebhookLead = Pick<
  Lead,
  | "id"
  | "firstName"
  | "lastName"
  | "email"
  | "phone"
  | "company"
  | "jobTitle"
  | "source"
  | "status"
  | "score"
  | "grade"
  | "tags"
  | "createdAt"
  | "updatedAt"
> & { assignedTo: { id: string } | null };

/** What integrators receive of a lead. */
export function leadWebhookData(lead: WebhookLead): Record<string, unknown> {
  return {
    id: lead.id,
    firstName: lead.firstName,
    lastName: lead.lastName,
    email: lead.email,
    phone: lead.phone,
    company: lead.company,
    jobTitle: lead.jobTitle,
    source: lead.source,
    status: lead.status,
    score: lead.score,
    grade: lead.grade,
    tags: lead.tags,
    assignedToId: lead.assignedTo?.id ?? null,
    createdAt: lead.createdAt.toISOString(),
    updatedAt: lead.updatedAt.toISOString(),
  };
}

/** How a lead changed in one unit of work; each part that happened becomes its own event. */
export interface LeadWebhookChange {
  created?: boolean;
  updated?: boolean;
  status?: { from: string; to: string } | null;
  score?: ScoreChange;
  assigned?: { toUserId: string | null; type: string } | null;
}

/** The lead.* events of one change (lead.created or lead.updated, lead.status_changed, lead.scored, lead.assigned). */
export function emitLeadWebhooks(
  em: EntityManager,
  jobs: JobQueue,
  lead: Lead,
  change: LeadWebhookChange,
): Promise<void> {
  return emitLeadsWebhooks(em, jobs, lead.organization.id, [{ lead, change }]);
}

/** `emitLeadWebhooks` for many leads of one organisation (a batch): one endpoint lookup per event type. */
export function emitLeadsWebhooks(
  em: EntityManager,
  jobs: JobQueue,
  organizationId: string,
  changes: readonly { lead: WebhookLead; change: LeadWebhookChange }[],
): Promise<void> {
  const events: { event: WebhookEventType; data: Record<string, unknown> }[] = [];
  const add = (event: WebhookEventType, data: Record<string, unknown>) => events.push({ event, data });
  for (const { lead, change } of changes) {
    const data = { lead: leadWebhookData(lead) };
    if (change.created) add(WebhookEventType.LEAD_CREATED, data);
    else if (change.updated) add(WebhookEventType.LEAD_UPDATED, data);
    if (change.status && change.status.from !== change.status.to)
      add(WebhookEventType.LEAD_STATUS_CHANGED, { ...data, previousStatus: change.status.from });
    if (!change.created && change.score?.changed)
      add(WebhookEventType.LEAD_SCORED, { ...data, previousScore: change.score.previous });
    if (change.assigned)
      add(WebhookEventType.LEAD_ASSIGNED, {
        leadId: lead.id,
        assignedToId: change.assigned.toUserId,
        assignmentType: change.assigned.type,
      });
  }
  return emitEventsOf(em, jobs, organizationId, events);
}

/** lead.assigned, for changes of owner made without the lead entity at hand (bulk assignment, claims). */
export function emitLeadAssigned(
  em: EntityManager,
  jobs: JobQueue,
  organizationId: string,
  leadIds: readonly string[],
  toUserId: string | null,
  type: string,
): Promise<void> {
  return emitWebhookEvents(
    em,
    jobs,
    organizationId,
    WebhookEventType.LEAD_ASSIGNED,
    leadIds.map((leadId) => ({ leadId, assignedToId: toUserId, assignmentType: type })),
  );
}
