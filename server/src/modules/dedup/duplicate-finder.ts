import {
  DUPLICATE_NAME_SIMILARITY,
  matchDuplicate,
  type DuplicateKeys,
  type DuplicateMatch,
} from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import { Lead } from "../leads/lead.entity.js";

/** The index lookups may return a little more than the shared rule accepts; the rule decides. */
export const CANDIDATE_SIMILARITY = DUPLICATE_NAME_SIMILARITY - 0.05;
const CANDIDATES_PER_KEY = 20;

export interface FoundDuplicate extends DuplicateMatch {
  lead: Lead;
}

export interface CandidateRow {
  id: string;
  email: string | null;
  phone: string | null;
  dedup_name: string | null;
}

/** A candidate's keys: its email and phone, and its name key from the search side table. */
export const CANDIDATE_COLUMNS = sql`l.id, l.email, l.phone, s.dedup_name`;
const WITH_NAME_KEY = sql`lead l left join lead_search s on s.lead_id = l.id`;

type Expression = ReturnType<typeof sql>;

/**
 * One index lookup per key given, united. The keys and the organisation are SQL expressions: values for
 * one check, or a batch's columns in a lateral join (duplicate-pairs.ts). A null key finds nothing.
 */
export function candidateLookups(
  organizationId: Expression,
  keys: Partial<Record<keyof DuplicateKeys, Expression>>,
) {
  const branches = [
    keys.email &&
      sql`(select ${CANDIDATE_COLUMNS} from ${WITH_NAME_KEY}
        where l.organization_id = ${organizationId} and l.deleted_at is null and l.email = ${keys.email}
        limit ${CANDIDATES_PER_KEY})`,
    keys.phone &&
      sql`(select ${CANDIDATE_COLUMNS} from ${WITH_NAME_KEY}
        where l.organization_id = ${organizationId} and l.deleted_at is null and l.phone = ${keys.phone}
        limit ${CANDIDATES_PER_KEY})`,
    // lead_search holds live leads only, and a name key only where one may match.
    keys.name &&
      sql`(select ${CANDIDATE_COLUMNS} from lead_search s join lead l on l.id = s.lead_id
        where s.dedup_name % ${keys.name} and s.organization_id = ${organizationId}
        order by similarity(s.dedup_name, ${keys.name}) desc limit ${CANDIDATES_PER_KEY})`,
  ].filter((branch) => !!branch);
  return branches.length > 0 ? sql<CandidateRow>`${sql.join(branches, sql` union `)}` : undefined;
}

/** One index lookup per key the input has, united; undefined when it has none. */
export function candidateQuery(organizationId: string, keys: DuplicateKeys) {
  const value = (key: string | null) => (key ? sql`${key}` : undefined);
  return candidateLookups(sql`${organizationId}`, {
    email: value(keys.email),
    phone: value(keys.phone),
    name: value(keys.name),
  });
}

/** Sets the `%` operator's threshold (which the trigram index honours) for the current transaction. */
export async function useCandidateThreshold(tx: EntityManager): Promise<void> {
  await sql`select set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`.execute(
    tx.getKysely(),
  );
}

/**
 * Live leads of the organisation that are the same person as `keys`, strongest match first. Each key
 * is one index lookup (email and phone: btree; name and company: trigram GIN at a high threshold), so
 * the check stays fast on millions of leads; the shared `matchDuplicate` then decides, as imports do.
 */
export async function findDuplicateLeads(
  em: EntityManager,
  organizationId: string,
  keys: DuplicateKeys,
  options: { excludeIds?: string[]; limit?: number } = {},
): Promise<FoundDuplicate[]> {
  const exclude = options.excludeIds ?? [];
  const query = candidateQuery(organizationId, keys);
  if (!query) return [];
  const candidates = await em.transactional(async (tx) => {
    await useCandidateThreshold(tx);
    return (await query.execute(tx.getKysely())).rows;
  });

  const matches = candidates
    .filter((row) => !exclude.includes(row.id))
    .map((row) => ({
      row,
      match: matchDuplicate(keys, { email: row.email, phone: row.phone, name: row.dedup_name }),
    }))
    .filter((found): found is { row: CandidateRow; match: DuplicateMatch } => found.match !== null)
    .sort((a, b) => strength(b.match) - strength(a.match))
    .slice(0, options.limit ?? 10);
  if (matches.length === 0) return [];
  const leads = await em.find(Lead, {
    id: { $in: matches.map((m) => m.row.id) },
    organization: organizationId,
  });
  const byId = new Map(leads.map((lead) => [lead.id, lead]));
  return matches.flatMap(({ row, match }) => {
    const lead = byId.get(row.id);
    return lead ? [{ lead, ...match }] : [];
  });
}

const REASON_RANK = { EMAIL: 3, PHONE: 2, NAME_COMPANY: 1 } as const;
const strength = (match: DuplicateMatch) => REASON_RANK[match.reason] + match.similarity / 10;
