import { clusterPairs, DuplicateReason } from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import { Lead } from "../leads/lead.entity.js";

export interface DuplicateClusterData {
  /** The cluster's newest lead id (UUIDv7, time-ordered): its sort key, newest clusters first. */
  id: string;
  leadIds: string[];
  reasons: DuplicateReason[];
}

interface PairRow {
  a: string;
  b: string;
  reason: DuplicateReason;
}

/**
 * Every group of live leads of the organisation that match each other (same email, same phone, or
 * similar name and company; chains join into one group), the ones with the newest lead first. It reads
 * the stored pairs (duplicate-pairs.ts): leads not checked yet are not in it.
 */
export async function findDuplicateClusters(
  em: EntityManager,
  organizationId: string,
): Promise<DuplicateClusterData[]> {
  const { rows } = await sql<PairRow>`
    select p.lead_id as a, p.duplicate_id as b, p.reason from lead_duplicate_pair p
      join lead a on a.id = p.lead_id and a.deleted_at is null
      join lead b on b.id = p.duplicate_id and b.deleted_at is null
    where p.organization_id = ${organizationId}`.execute(em.getKysely());
  const reasons = new Map<string, Set<DuplicateReason>>();
  const confirmed: [string, string][] = [];
  for (const row of rows) {
    confirmed.push([row.a, row.b]);
    for (const id of [row.a, row.b]) reasons.set(id, (reasons.get(id) ?? new Set()).add(row.reason));
  }
  return clusterPairs(confirmed)
    .map((ids) => {
      const leadIds = ids.sort().reverse();
      const why = new Set(leadIds.flatMap((id) => [...(reasons.get(id) ?? [])]));
      return {
        id: leadIds[0]!,
        // The leads oldest first, as people read a history.
        leadIds,
        reasons: Object.values(DuplicateReason).filter((reason) => why.has(reason)),
      };
    })
    .map((cluster) => ({ ...cluster, leadIds: [...cluster.leadIds].reverse() }))
    .sort((a, b) => (a.id > b.id ? -1 : 1));
}

/** The leads of a page of clusters, in one query. */
export async function loadClusterLeads(
  em: EntityManager,
  organizationId: string,
  clusters: DuplicateClusterData[],
): Promise<Map<string, Lead>> {
  const ids = clusters.flatMap((cluster) => cluster.leadIds);
  const leads = await em.find(Lead, { id: { $in: ids }, organization: organizationId });
  return new Map(leads.map((lead) => [lead.id, lead]));
}
