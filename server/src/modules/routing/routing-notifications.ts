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
 * when it waits in a team queue, the team's manager and the team's Slack channel (one message per queue).
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
  const queued = new Map<string, QueuedLead[]>();
  for (const entry of described) {
    const teamId = entry.decision.userId ? null : entry.decision.queueTeamId;
    if (!teamId) continue;
    const waiting = queued.get(teamId) ?? [];
    waiting.push(entry);
    queued.set(teamId, waiting);
  }
  // A batch's leads waiting in one queue make one message: a capture burst with no rep free does not page
  // the manager and post to the team's channel once per lead.
  for (const [teamId, waiting] of queued)
    await notifyTeamQueue(
      em,
      notifier,
      teamId,
      (teamName) => queuedMessage(waiting, teamName),
      waiting.length === 1 ? waiting[0]!.lead.id : null,
    );
}

interface QueuedLead {
  lead: { id: string };
  label: string;
  summary: string;
  decision: RoutingDecision;
}

/** Leads a message about several waiting leads names one by one (the rest are counted). */
const QUEUED_LEADS_LISTED = 10;

function queuedMessage([first, ...others]: QueuedLead[], teamName: string): { title: string; body: string } {
  if (others.length === 0)
    return {
      title: `Unassigned lead in ${teamName}: ${first!.label}`,
      body: `${first!.summary} is waiting in the ${teamName} queue: ${first!.decision.reason}.`,
    };
  const waiting = [first!, ...others];
  const unlisted = waiting.length - QUEUED_LEADS_LISTED;
  return {
    title: `${waiting.length} unassigned leads in ${teamName}`,
    body: [
      `${waiting.length} leads are waiting in the ${teamName} queue:`,
      ...waiting.slice(0, QUEUED_LEADS_LISTED).map((lead) => `- ${lead.summary}: ${lead.decision.reason}.`),
      ...(unlisted > 0 ? [`- and ${unlisted} more.`] : []),
    ].join("\n"),
  };
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
