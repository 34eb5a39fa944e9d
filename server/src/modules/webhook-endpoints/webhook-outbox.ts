import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import type { JobQueue } from "../../jobs/queue.js";
import type { Lead } from "../leads/lead.entity.js";
import type { ScoreChange } from "../scoring/scoring.service.js";
import { webhookDeliveryJob } from "./webhook-delivery.job.js";
import { WebhookDeliveryStatus, WebhookEventType } from "./webhook-events.js";

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

/** Several events of one type (a bulk change): one endpoint lookup for all of them. */
export async function emitWebhookEvents(
  em: EntityManager,
  jobs: JobQueue,
  organizationId: string,
  event: WebhookEventType,
  dataList: readonly Record<string, unknown>[],
): Promise<void> {
  if (dataList.length === 0) return;
  const db = em.getKysely();
  const { rows: endpoints } = await sql<{ id: string }>`
    select id from webhook_endpoint
    where organization_id = ${organizationId} and active and ${event} = any(events)`.execute(db);
  for (const data of endpoints.length > 0 ? dataList : []) {
    const eventId = uuidv7();
    const payload = JSON.stringify({ id: eventId, type: event, createdAt: new Date().toISOString(), data });
    for (const endpoint of endpoints) {
      const deliveryId = uuidv7();
      await sql`
        insert into webhook_delivery (id, organization_id, endpoint_id, event, event_id, payload, status, attempts)
        values (${deliveryId}, ${organizationId}, ${endpoint.id}, ${event}, ${eventId}, ${payload}::jsonb,
          ${WebhookDeliveryStatus.PENDING}, 0)`.execute(db);
      await jobs.send(webhookDeliveryJob, { deliveryId }, { em });
    }
  }
}

/** What integrators receive of a lead. */
export function leadWebhookData(lead: Lead): Record<string, unknown> {
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
export async function emitLeadsWebhooks(
  em: EntityManager,
  jobs: JobQueue,
  organizationId: string,
  changes: readonly { lead: Lead; change: LeadWebhookChange }[],
): Promise<void> {
  const events = new Map<WebhookEventType, Record<string, unknown>[]>();
  const add = (event: WebhookEventType, data: Record<string, unknown>) =>
    events.set(event, [...(events.get(event) ?? []), data]);
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
  for (const [event, dataList] of events) await emitWebhookEvents(em, jobs, organizationId, event, dataList);
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
