import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";

/**
 * Changes within this window go out as one event: each event makes every watching dashboard recompute
 * its team's figures, and a burst of routed leads (dozens per second) must not mean dozens of
 * recomputations per second each.
 */
export const WORKLOAD_COALESCE_MS = 200;

interface Batch {
  userIds: Set<string>;
  teamIds: Set<string>;
}
const pending = new WeakMap<LeadlinePubSub, Map<string, Batch>>();

/**
 * Announces, after commit, that these reps' workload figures (open leads, assigned today, capacity,
 * SLA) or these teams' queues changed: the `workloadChanged` subscription. Nulls are skipped; nothing
 * is sent when nobody is named. Calls for one organisation within WORKLOAD_COALESCE_MS are merged into
 * one event naming everyone.
 */
export function publishWorkloadChanged(
  pubSub: LeadlinePubSub,
  organizationId: string,
  changed: {
    userIds?: readonly (string | null | undefined)[];
    teamIds?: readonly (string | null | undefined)[];
  },
): void {
  const present = (ids: readonly (string | null | undefined)[] = []) =>
    ids.filter((id): id is string => !!id);
  const userIds = present(changed.userIds);
  const teamIds = present(changed.teamIds);
  if (userIds.length === 0 && teamIds.length === 0) return;
  let byOrganization = pending.get(pubSub);
  if (!byOrganization) pending.set(pubSub, (byOrganization = new Map()));
  let batch = byOrganization.get(organizationId);
  if (!batch) {
    const created: Batch = { userIds: new Set(), teamIds: new Set() };
    byOrganization.set(organizationId, (batch = created));
    const organizations = byOrganization;
    setTimeout(() => {
      organizations.delete(organizationId);
      pubSub.publish(Topic.WORKLOAD_CHANGED, organizationId, {
        organizationId,
        userIds: [...created.userIds],
        teamIds: [...created.teamIds],
      });
    }, WORKLOAD_COALESCE_MS).unref();
  }
  for (const id of userIds) batch.userIds.add(id);
  for (const id of teamIds) batch.teamIds.add(id);
}
