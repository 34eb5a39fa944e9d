import { newLeadState } from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import type { JobQueue } from "../../jobs/queue.js";
import type { LeadlinePubSub } from "../../realtime/pubsub.js";
import { NotificationType } from "../notifications/notification.entity.js";
import { Notifier } from "../notifications/notifier.js";
import { RoutingService, type RoutableLead, type RoutingTicket } from "../routing/routing.service.js";
import { notifyTeamQueue } from "../routing/routing-notifications.js";
import { publishWorkloadChanged } from "../routing/workload-events.js";
import { routedColumns } from "../leads/lead-bulk-insert.js";
import type { BatchContext, BatchRow, RowDecision } from "./import-batch.js";

/**
 * Routing of an import's new leads by the organisation's assignment rules, as captured leads are routed
 * (RoutingService: rule, territory, round-robin turn, workload, daily capacity, team queue), a batch at a
 * time: turns are taken for the whole batch before its transaction, the decisions are made in it with a
 * few queries per rule (not per lead), and owner and history rows go in with the leads' own INSERT.
 * An import that names an owner (`defaults.ownerId`) gives every new lead to that user instead.
 */

/** A row that may become a routed lead, as routing reads it; null for the others. */
function routableLead(context: BatchContext, { converted, prepared }: BatchRow): RoutableLead | null {
  return context.ownerId === null && converted.kind === "lead" && prepared
    ? { ...newLeadState(converted.fields, context.now), grade: prepared.grade as string }
    : null;
}

/**
 * The rows' round-robin turns, taken before the batch's transaction opens (autocommitted counter steps,
 * as for captured leads); a row that then turns out a duplicate leaves a gap in the turns.
 */
export async function takeImportTickets(
  em: EntityManager,
  context: BatchContext,
  rows: readonly BatchRow[],
  now: Date,
): Promise<(RoutingTicket | null)[]> {
  const routed = rows.flatMap((row, index) => {
    const lead = routableLead(context, row);
    return lead ? [{ lead, index }] : [];
  });
  if (routed.length === 0) return rows.map(() => null);
  const taken = await new RoutingService(em, context.organizationId).takeTickets(
    routed.map(({ lead }) => lead),
    now,
  );
  const tickets: (RoutingTicket | null)[] = rows.map(() => null);
  routed.forEach(({ index }, i) => (tickets[index] = taken[i] ?? null));
  return tickets;
}

/** How many of a batch's new leads went to each rep and waited in each team's queue. */
export interface RoutedBatch {
  toUsers: Map<string, number>;
  toQueues: Map<string, number>;
}

/**
 * Routes the batch's new leads (the rows decided `create` that hold a ticket) inside its transaction and
 * writes each one's owner or team queue, and its history row's values, into its record for the INSERT.
 */
export async function routeImportedLeads(
  tx: EntityManager,
  context: BatchContext,
  rows: readonly BatchRow[],
  decisions: readonly RowDecision[],
  tickets: readonly (RoutingTicket | null)[],
  now: Date,
): Promise<RoutedBatch> {
  // Only rows with a turn (a rule matched) are routed; their routing view is rebuilt here rather than
  // kept from before the transaction (a batch's rows are plenty of memory already).
  const routed = rows.flatMap((row, index) => {
    const ticket = tickets[index] ?? null;
    const lead = ticket && decisions[index]!.action === "create" ? routableLead(context, row) : null;
    return lead && row.prepared ? [{ record: row.prepared, lead, ticket }] : [];
  });
  const result: RoutedBatch = { toUsers: new Map(), toQueues: new Map() };
  if (routed.length === 0) return result;
  const choices = await new RoutingService(tx, context.organizationId).decideNewLeads(routed, now);
  routed.forEach(({ record }, index) => {
    const choice = choices[index];
    if (!choice) return;
    Object.assign(record, routedColumns(choice, now));
    const [counts, id] = choice.userId
      ? [result.toUsers, choice.userId]
      : [result.toQueues, choice.queueTeamId];
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return result;
}

/**
 * Tells people what routing did with a batch, in its transaction: one notification per rep (not one per
 * lead: an import brings thousands), and per team queue its manager and its Slack channel.
 */
export async function notifyImportRouting(
  tx: EntityManager,
  notifier: Notifier,
  context: BatchContext,
  routed: RoutedBatch,
): Promise<void> {
  const leads = (count: number) => `${count} imported lead${count === 1 ? "" : "s"}`;
  await notifier.notifyAll(
    [...routed.toUsers].map(([userId, count]) => ({
      userId,
      type: NotificationType.LEAD_ASSIGNED,
      title: `${leads(count)} assigned to you`,
      body: `From the import of ${context.fileName}, by the assignment rules.`,
    })),
  );
  for (const [teamId, count] of routed.toQueues)
    await notifyTeamQueue(tx, notifier, teamId, (teamName) => ({
      title: `${leads(count)} unassigned in ${teamName}`,
      body: `${leads(count)} from ${context.fileName} wait in the ${teamName} queue: no rep had room.`,
    }));
}

/** After commit: the notifications go live and the reps' and queues' workload figures are refreshed. */
export function publishImportRouting(
  pubSub: LeadlinePubSub,
  organizationId: string,
  notifier: Notifier | null,
  routed: RoutedBatch,
): void {
  notifier?.publish(pubSub);
  publishWorkloadChanged(pubSub, organizationId, {
    userIds: [...routed.toUsers.keys()],
    teamIds: [...routed.toQueues.keys()],
  });
}

export const importNotifier = (tx: EntityManager, jobs: JobQueue | undefined, organizationId: string) =>
  jobs ? new Notifier(tx, jobs, organizationId) : null;
