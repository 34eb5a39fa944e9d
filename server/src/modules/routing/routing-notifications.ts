import type { EntityManager } from "../../db/orm.js";
import type { Lead } from "../leads/lead.entity.js";
import { NotificationType } from "../notifications/notification.entity.js";
import type { Notifier } from "../notifications/notifier.js";
import { Team } from "../users/team.entity.js";
import type { RoutingDecision } from "./routing.service.js";

/** How a notification names a lead: the person, else the email, else the company. */
export function leadLabel(lead: Pick<Lead, "firstName" | "lastName" | "email" | "company">): string {
  const name = [lead.firstName, lead.lastName].filter(Boolean).join(" ");
  const who = name || lead.email || lead.company || "A lead";
  return name && lead.company ? `${who} (${lead.company})` : who;
}

/**
 * Tells people what routing did to each lead: the rep a lead went to (all of a batch's in one write), or,
 * when it waits in a team queue, the team's manager and the team's Slack channel.
 */
export async function notifyRouting(
  em: EntityManager,
  notifier: Notifier,
  routed: { lead: Lead; decision: RoutingDecision }[],
): Promise<void> {
  const described = routed.map(({ lead, decision }) => {
    const label = leadLabel(lead);
    const grade = lead.grade ? `, grade ${lead.grade}` : "";
    return { lead, decision, label, summary: `${label} (score ${lead.score}${grade})` };
  });
  await notifier.notifyAll(
    described.flatMap(({ lead, decision, label, summary }) =>
      decision.userId
        ? [
            {
              userId: decision.userId,
              type: NotificationType.LEAD_ASSIGNED,
              title: `New lead: ${label}`,
              body: `${summary} is yours. ${decision.reason}.`,
              leadId: lead.id,
            },
          ]
        : [],
    ),
  );
  for (const { lead, decision, label, summary } of described) {
    if (decision.userId || !decision.queueTeamId) continue;
    const team = await em.findOne(Team, decision.queueTeamId);
    const text = `${summary} is waiting in the ${team?.name ?? "team"} queue: ${decision.reason}.`;
    if (team?.manager)
      await notifier.notify({
        userId: team.manager.id,
        type: NotificationType.LEAD_QUEUED,
        title: `Unassigned lead in ${team.name}: ${label}`,
        body: text,
        leadId: lead.id,
      });
    await notifier.postToTeam(decision.queueTeamId, text);
  }
}
