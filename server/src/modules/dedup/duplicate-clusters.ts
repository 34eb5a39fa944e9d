import { clusterPairs, DuplicateReason, matchDuplicate } from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import { Lead } from "../leads/lead.entity.js";
import { useCandidateThreshold } from "./duplicate-finder.js";

export interface DuplicateClusterData {
  /** The cluster's newest lead id (UUIDv7, time-ordered): its sort key, newest clusters first. */
  id: string;
  leadIds: string[];
  reasons: DuplicateReason[];
}

interface PairRow {
  a: string;
  b: string;
  a_email: string | null;
  b_email: string | null;
  a_phone: string | null;
  b_phone: string | null;
  a_name: string | null;
  b_name: string | null;
}

/**
 * Every group of live leads of the organisation that match each other (same email, same phone, or
 * similar name and company; chains join into one group), the ones with the newest lead first. The pairs come from the same
 * indexes the single check uses (a join per key), then the shared rule confirms each pair.
 * It reads the whole organisation: fine for the weekly report, to be moved into a job past ~100k leads.
 */
export async function findDuplicateClusters(
  em: EntityManager,
  organizationId: string,
): Promise<DuplicateClusterData[]> {
  const rows = await em.transactional(async (tx) => {
    const db = tx.getKysely();
    await useCandidateThreshold(tx);
    // Name keys come from the search side table, which holds live leads only.
    const pair = sql`select a.id as a, b.id as b, a.email as a_email, b.email as b_email, a.phone as a_phone,
      b.phone as b_phone, sa.dedup_name as a_name, sb.dedup_name as b_name`;
    const sameContact = (on: ReturnType<typeof sql>) => sql<PairRow>`${pair}
      from lead a join lead b on ${on} and b.organization_id = a.organization_id and b.deleted_at is null and b.id > a.id
        left join lead_search sa on sa.lead_id = a.id left join lead_search sb on sb.lead_id = b.id
      where a.organization_id = ${organizationId} and a.deleted_at is null`;
    const { rows } = await sql<PairRow>`
      ${sameContact(sql`b.email = a.email`)} union
      ${sameContact(sql`b.phone = a.phone`)} union
      ${pair} from lead_search sa join lead_search sb on sb.dedup_name % sa.dedup_name
          and sb.organization_id = sa.organization_id and sb.lead_id > sa.lead_id
        join lead a on a.id = sa.lead_id join lead b on b.id = sb.lead_id
      where sa.organization_id = ${organizationId}`.execute(db);
    return rows;
  });
  const reasons = new Map<string, Set<DuplicateReason>>();
  const confirmed: [string, string][] = [];
  for (const row of rows) {
    const match = matchDuplicate(
      { email: row.a_email, phone: row.a_phone, name: row.a_name },
      { email: row.b_email, phone: row.b_phone, name: row.b_name },
    );
    if (!match) continue;
    confirmed.push([row.a, row.b]);
    for (const id of [row.a, row.b]) reasons.set(id, (reasons.get(id) ?? new Set()).add(match.reason));
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
