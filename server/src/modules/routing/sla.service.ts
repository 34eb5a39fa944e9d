import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition } from "../../jobs/queue.js";
import { Lead } from "../leads/lead.entity.js";
import { NotificationType } from "../notifications/notification.entity.js";
import { Notifier } from "../notifications/notifier.js";
import { User } from "../users/user.entity.js";
import { publishLeadAssigned, recordAssignment } from "./assignment.service.js";
import { leadLabel } from "./routing-notifications.js";
import { AssignmentType } from "./routing.entities.js";
import { RoutingService } from "./routing.service.js";
import { SlaSettings, slaMinutes } from "./sla.entity.js";
import { publishWorkloadChanged } from "./workload-events.js";

/** An organisation's SLA settings; null: the defaults apply. */
export function loadSlaSettings(em: EntityManager, organizationId: string): Promise<SlaSettings | null> {
  return em.findOne(SlaSettings, { organization: organizationId });
}

/** Sets a new lead's first-contact deadline from its grade (call after scoring). */
export function startSlaClock(lead: Lead, settings: SlaSettings | null): void {
  lead.slaDueAt = new Date(lead.createdAt.getTime() + slaMinutes(lead.grade, settings) * 60_000);
}

/** Records the first contact (status left NEW, or an outbound activity); later contacts change nothing. */
export function markFirstContact(lead: Lead, at = new Date()): void {
  lead.firstContactedAt ??= at;
}

/** Leads handled per SLA sweep transaction. */
const SWEEP_BATCH = 200;

/**
 * Every minute: leads past their first-contact deadline are flagged (once), the managers of the owner's
 * teams (or of the queue's team) are notified, and, where the organisation enables it, the lead is routed
 * again to another rep (ESCALATION). Idempotent: a flagged lead is never swept twice.
 */
export const slaSweepJob: JobDefinition<object> = {
  name: "routing.sla",
  schedule: "* * * * *",
  async run(_data, { orm, jobs, pubSub, clock }) {
    for (;;) {
      const em = orm.em.fork();
      const now = clock.now();
      const { swept, notifier, reassigned, breached } = await em.transactional(async (tx) => {
        const { rows } = await sql<{ id: string }>`
          select id from lead where sla_due_at < ${now} and first_contacted_at is null
            and sla_breached_at is null and deleted_at is null
          order by sla_due_at limit ${SWEEP_BATCH} for update skip locked`.execute(tx.getKysely());
        const leads = await tx.find(Lead, { id: { $in: rows.map((row) => row.id) } });
        const notifiers = new Map<string, Notifier>();
        const reassigned: { lead: Lead; to: string }[] = [];
        // Whose breach counts move: the owners (before escalation) and the queues of the flagged leads.
        const breached = leads.map((lead) => ({
          organizationId: lead.organization.id,
          userId: lead.assignedTo?.id,
          teamId: lead.queueTeam?.id,
        }));
        for (const lead of leads) {
          const organizationId = lead.organization.id;
          let notifier = notifiers.get(organizationId);
          if (!notifier) notifiers.set(organizationId, (notifier = new Notifier(tx, jobs, organizationId)));
          lead.slaBreachedAt = now;
          await tellManagers(tx, notifier, lead);
          const to = await escalate(tx, lead, now);
          if (!to) continue;
          reassigned.push({ lead, to });
          await notifier.notify({
            userId: to,
            type: NotificationType.LEAD_ASSIGNED,
            title: `Escalated to you: ${leadLabel(lead)}`,
            body: `${leadLabel(lead)} missed its first-contact deadline and is now yours. Please reach out now.`,
            leadId: lead.id,
          });
        }
        return { swept: leads.length, notifier: [...notifiers.values()], reassigned, breached };
      });
      for (const item of notifier) item.publish(pubSub);
      for (const { lead, to } of reassigned)
        publishLeadAssigned(pubSub, lead.organization.id, lead.id, to, AssignmentType.ESCALATION);
      for (const organizationId of new Set(breached.map((row) => row.organizationId))) {
        const rows = breached.filter((row) => row.organizationId === organizationId);
        publishWorkloadChanged(pubSub, organizationId, {
          userIds: [
            ...rows.map((row) => row.userId),
            ...reassigned.filter(({ lead }) => lead.organization.id === organizationId).map(({ to }) => to),
          ],
          teamIds: rows.map((row) => row.teamId),
        });
      }
      if (swept < SWEEP_BATCH) return;
    }
  },
};

async function tellManagers(em: EntityManager, notifier: Notifier, lead: Lead): Promise<void> {
  const { rows } = await sql<{ manager_id: string; name: string }>`
    select distinct t.manager_id, t.name from team t
    where t.manager_id is not null and (t.id = ${lead.queueTeam?.id ?? null}
      or t.id in (select team_id from team_member where user_id = ${lead.assignedTo?.id ?? null}))`.execute(
    em.getKysely(),
  );
  const owner = lead.assignedTo ? await em.findOne(User, lead.assignedTo.id) : null;
  const label = leadLabel(lead);
  for (const managerId of new Set(rows.map((row) => row.manager_id)))
    await notifier.notify({
      userId: managerId,
      type: NotificationType.SLA_BREACHED,
      title: `First-contact deadline missed: ${label}`,
      body: `${label} (grade ${lead.grade ?? "-"}) was due for first contact by ${lead.slaDueAt!.toISOString()}${owner ? `; owner ${owner.name}` : "; nobody owns it"}.`,
      leadId: lead.id,
    });
}

/** With escalation on, routes the lead again, to anyone but its owner. Returns the new owner's id. */
async function escalate(em: EntityManager, lead: Lead, now: Date): Promise<string | null> {
  const settings = await em.findOne(SlaSettings, { organization: lead.organization });
  if (!settings?.escalate) return null;
  const exclude = lead.assignedTo ? [lead.assignedTo.id] : [];
  const decision = await new RoutingService(em, lead.organization.id).decide(lead, now, false, exclude);
  if (!decision?.userId) return null;
  const to = em.getReference(User, decision.userId);
  const reason = `First-contact deadline missed; ${decision.reason}`;
  return recordAssignment(em, lead, to, null, AssignmentType.ESCALATION, reason) ? decision.userId : null;
}
