import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";

/**
 * Announces, after commit, that these reps' workload figures (open leads, assigned today, capacity,
 * SLA) or these teams' queues changed: the `workloadChanged` subscription. Nulls are skipped; nothing
 * is sent when nobody is named.
 */
export function publishWorkloadChanged(
  pubSub: LeadlinePubSub,
  organizationId: string,
  changed: {
    userIds?: readonly (string | null | undefined)[];
    teamIds?: readonly (string | null | undefined)[];
  },
): void {
  const present = (ids: readonly (string | null | undefined)[] = []) => [
    ...new Set(ids.filter((id): id is string => !!id)),
  ];
  const userIds = present(changed.userIds);
  const teamIds = present(changed.teamIds);
  if (userIds.length === 0 && teamIds.length === 0) return;
  pubSub.publish(Topic.WORKLOAD_CHANGED, organizationId, { organizationId, userIds, teamIds });
}
