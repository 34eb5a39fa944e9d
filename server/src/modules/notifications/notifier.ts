import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition, JobQueue, JobServices, RunningJob } from "../../jobs/queue.js";
import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";
import { Lead } from "../leads/lead.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { Notification, type NotificationType } from "./notification.entity.js";

export interface NotificationRequest {
  userId: string;
  type: NotificationType;
  title: string;
  body: string;
  leadId?: string | null;
}

/**
 * Notifications for one unit of work: rows and their delivery jobs (email, Slack) are written in the
 * caller's transaction, so a rolled-back change notifies nobody; `publish` pushes them live after commit.
 * By default the rows are persisted, not flushed: the transaction's own flush writes them with everything
 * else (a flush costs a pass over every entity the unit of work holds). `written: "now"` inserts them at
 * once with one statement instead, no entities, for callers whose leads are already in the database (a
 * capture batch: one notification per routed lead).
 */
export class Notifier {
  private readonly created: { id: string; userId: string }[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly jobs: JobQueue,
    private readonly organizationId: string,
    private readonly options: { written: "withFlush" | "now" } = { written: "withFlush" },
  ) {}

  async notify(request: NotificationRequest): Promise<void> {
    await this.notifyAll([request]);
  }

  /** Many at once (a capture batch's routed leads): one job insert for all of them. */
  async notifyAll(requests: NotificationRequest[]): Promise<void> {
    if (requests.length === 0) return;
    const notifications =
      this.options.written === "now" ? await this.insert(requests) : this.persist(requests);
    this.created.push(...notifications);
    await this.jobs.sendMany(
      emailNotificationJob,
      notifications.map(({ id }) => ({ notificationId: id })),
      { em: this.em },
    );
  }

  private persist(requests: NotificationRequest[]): { id: string; userId: string }[] {
    return requests.map((request) => {
      const { id } = this.em.create(Notification, {
        organization: this.organizationId,
        user: this.em.getReference(User, request.userId),
        type: request.type,
        title: request.title,
        body: request.body,
        lead: request.leadId ? this.em.getReference(Lead, request.leadId) : null,
      });
      return { id, userId: request.userId };
    });
  }

  private async insert(requests: NotificationRequest[]): Promise<{ id: string; userId: string }[]> {
    const rows = requests.map((request) => ({ ...request, id: uuidv7(), leadId: request.leadId ?? null }));
    await sql`
      insert into notification (id, organization_id, user_id, type, title, body, lead_id, created_at)
      select n.id, ${this.organizationId}, n."userId", n.type, n.title, n.body, n."leadId", now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as n(id uuid, "userId" uuid,
        type notification_type, title text, body text, "leadId" uuid)`.execute(this.em.getKysely());
    return rows.map(({ id, userId }) => ({ id, userId }));
  }

  /** Posts to the team's Slack-compatible incoming webhook, if it has one (queued, retried). */
  async postToTeam(teamId: string, text: string): Promise<void> {
    const team = await this.em.findOne(Team, { id: teamId, organization: this.organizationId });
    if (team?.slackWebhookUrl)
      await this.jobs.send(slackPostJob, { url: team.slackWebhookUrl, text }, { em: this.em });
  }

  /** After commit: every notification of this unit of work goes to its user's `notificationAdded`. */
  publish(pubSub: LeadlinePubSub): void {
    for (const notification of this.created)
      pubSub.publish(Topic.NOTIFICATION_ADDED, this.organizationId, {
        notificationId: notification.id,
        userId: notification.userId,
        organizationId: this.organizationId,
      });
  }
}

/** Emails one notification to its user (retried with backoff; idempotent enough: a retry may resend). */
export const emailNotificationJob: JobDefinition<{ notificationId: string }> = {
  name: "notifications.email",
  queue: { retryLimit: 6, retryDelay: 5, retryBackoff: true },
  // One per routed lead, so not woken per send: each capture batch's wake-up fetched a few jobs, at 2.7 ms
  // of PostgreSQL a fetch plus the completion, a fifth of a core at 500 leads/s. Emails go out within a
  // poll (the live notification is pushed at once), fetched up to 100 at a time.
  wakeOnSend: false,
  batchSize: 100,
  async run(data, services, job) {
    const failures = await emailNotifications([{ ...job, data }], services);
    if (failures.size > 0) throw failures.get(job.id);
  },
  runBatch: emailNotifications,
};

/**
 * Emails a batch of notifications: their texts and addresses in one query (a plain row, not entities: one
 * email per routed lead, and a query per email was a round trip per captured lead), then one mail each.
 * Returns the jobs whose mail was refused, for a retry; a notification gone, or whose user was deactivated,
 * is done.
 */
async function emailNotifications(
  jobs: (RunningJob & { data: { notificationId: string } })[],
  { orm, mailer }: JobServices,
): Promise<Map<string, unknown>> {
  const { rows } = await sql<{ id: string; title: string; body: string; email: string }>`
    select n.id, n.title, n.body, u.email from notification n join app_user u on u.id = n.user_id
    where n.id = any(${jobs.map(({ data }) => data.notificationId)}::uuid[]) and u.active`.execute(
    orm.em.fork().getKysely(),
  );
  const notifications = new Map(rows.map((row) => [row.id, row]));
  const failures = new Map<string, unknown>();
  for (const { id, data } of jobs) {
    const notification = notifications.get(data.notificationId);
    if (!notification) continue;
    await mailer
      .send({ to: notification.email, subject: notification.title, text: notification.body })
      .catch((error: unknown) => failures.set(id, error));
  }
  return failures;
}

/** Posts a message to a Slack-compatible incoming webhook; a non-2xx answer fails the job (retried). */
export const slackPostJob: JobDefinition<{ url: string; text: string }> = {
  name: "notifications.slack",
  queue: { retryLimit: 6, retryDelay: 5, retryBackoff: true },
  async run({ url, text }) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`Slack webhook answered ${response.status}`);
  },
};
