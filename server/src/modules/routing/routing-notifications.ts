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
  routed: {
    lead: Pick<Lead, "id" | "firstName" | "lastName" | "email" | "company" | "score" | "grade">;
    decision: RoutingDecision;
  }[],
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
  for (const { lead, decision, label, summary } of described)
    if (!decision.userId && decision.queueTeamId)
      await notifyTeamQueue(
        em,
        notifier,
        decision.queueTeamId,
        (teamName) => ({
          title: `Unassigned lead in ${teamName}: ${label}`,
          body: `${summary} is waiting in the ${teamName} queue: ${decision.reason}.`,
        }),
        lead.id,
      );
}

/**
 * Leads waiting in a team's queue: the team's manager is notified and the team's Slack channel gets the
 * body. `message` words it for the team's name ("team" when the team is gone).
 */
export async function notifyTeamQueue(
  em: EntityManager,
  notifier: Notifier,
  teamId: string,
  message: (teamName: string) => { title: string; body: string },
  leadId: string | null = null,
): Promise<void> {
  const team = await em.findOne(Team, teamId);
  const { title, body } = message(team?.name ?? "team");
  if (team?.manager)
    await notifier.notify({
      userId: team.manager.id,
      type: NotificationType.LEAD_QUEUED,
      title,
      body,
      leadId,
    });
  await notifier.postToTeam(teamId, body);
}
