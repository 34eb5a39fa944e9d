import { sql, type RawBuilder } from "kysely";
import { LeadOrderField, type LeadFilter, type LeadOrder } from "./lead.inputs.js";

// Sort key per order field, with the type its cursor value is cast back to.
const SORT_KEYS: Record<LeadOrderField, { expression: string; type: string }> = {
  CREATED_AT: { expression: "l.created_at", type: "timestamptz" },
  UPDATED_AT: { expression: "l.updated_at", type: "timestamptz" },
  SCORE: { expression: "l.score", type: "smallint" },
  LAST_NAME: { expression: "lower(coalesce(l.last_name, ''))", type: "text" },
  COMPANY: { expression: "lower(coalesce(l.company, ''))", type: "text" },
  STATUS: { expression: "l.status", type: "lead_status" },
};

export const DEFAULT_ORDER: LeadOrder = { field: LeadOrderField.CREATED_AT, direction: "DESC" };

/** Typo tolerance: the share of a search term's trigrams a stretch of the lead's text must have (0-1). */
export const SEARCH_SIMILARITY_THRESHOLD = 0.45;

export type ListPosition =
  | { readonly kind: "keyset"; readonly key: string; readonly id: string }
  | { readonly kind: "offset"; readonly offset: number };

export interface LeadListQuery {
  organizationId: string;
  filter?: LeadFilter;
  search?: string;
  /** Absent with a search: order by relevance. */
  order?: LeadOrder;
  after?: ListPosition;
  limit: number;
}

export interface BuiltLeadListQuery {
  rows: RawBuilder<Record<string, unknown>>;
  count: RawBuilder<{ total: number }>;
  /** Rows are ordered by relevance (offset cursors) rather than by a column (keyset cursors). */
  byRelevance: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

function filterConditions(organizationId: string, f: LeadFilter = {}): RawBuilder<unknown>[] {
  const where = [sql`l.organization_id = ${organizationId}`, sql`l.deleted_at is null`];
  if (f.status?.length) where.push(sql`l.status = any(${f.status}::lead_status[])`);
  const owners = f.assignedToIds?.length ? sql`l.assigned_to_id = any(${f.assignedToIds}::uuid[])` : null;
  if (owners && f.unassigned) where.push(sql`(${owners} or l.assigned_to_id is null)`);
  else if (owners) where.push(owners);
  else if (f.unassigned) where.push(sql`l.assigned_to_id is null`);
  if (f.source?.length) where.push(sql`l.source = any(${f.source}::text[])`);
  if (f.campaign?.length) where.push(sql`l.campaign = any(${f.campaign}::text[])`);
  if (f.tags?.length) where.push(sql`l.tags && ${f.tags}::text[]`);
  if (given(f.scoreMin)) where.push(sql`l.score >= ${f.scoreMin}`);
  if (given(f.scoreMax)) where.push(sql`l.score <= ${f.scoreMax}`);
  if (f.grade?.length) where.push(sql`l.grade = any(${f.grade.map((g) => g.toUpperCase())}::text[])`);
  if (given(f.createdAfter)) where.push(sql`l.created_at >= ${f.createdAfter}`);
  if (given(f.createdBefore)) where.push(sql`l.created_at < ${f.createdBefore}`);
  return where;
}

/**
 * Builds the page and count queries of a lead list. Column orders page by keyset (`(key, id) < cursor`),
 * so a deep page costs what the first costs; relevance order (a search without `orderBy`) pages by offset.
 * Search is a substring match or a trigram word similarity on the indexed, lower-cased `search_text`.
 */
export function buildLeadListQuery(query: LeadListQuery): BuiltLeadListQuery {
  const where = filterConditions(query.organizationId, query.filter);
  const term = query.search?.trim().toLowerCase();
  const pattern = term ? `%${escapeLike(term)}%` : "";
  if (term) where.push(sql`(l.search_text like ${pattern} or ${term} <% l.search_text)`);
  const count = sql<{
    total: number;
  }>`select count(*)::int as total from lead l where ${sql.join(where, sql` and `)}`;

  if (term && !query.order) {
    const offset = query.after?.kind === "offset" ? query.after.offset : 0;
    const rows = sql<
      Record<string, unknown>
    >`select l.*, null as sort_key from lead l where ${sql.join(where, sql` and `)}
      order by (l.search_text like ${pattern}) desc, word_similarity(${term}, l.search_text) desc, l.id desc
      limit ${query.limit} offset ${offset}`;
    return { rows, count, byRelevance: true };
  }

  const order = query.order ?? DEFAULT_ORDER;
  const key = SORT_KEYS[order.field];
  const expression = sql.raw(key.expression);
  const direction = sql.raw(order.direction === "ASC" ? "asc" : "desc");
  const page = [...where];
  if (query.after?.kind === "keyset") {
    const comparison = sql.raw(order.direction === "ASC" ? ">" : "<");
    page.push(
      sql`(${expression}, l.id) ${comparison} (${query.after.key}::${sql.raw(key.type)}, ${query.after.id}::uuid)`,
    );
  }
  const rows = sql<
    Record<string, unknown>
  >`select l.*, ${expression}::text as sort_key from lead l where ${sql.join(page, sql` and `)}
    order by ${expression} ${direction}, l.id ${direction} limit ${query.limit}`;
  return { rows, count, byRelevance: false };
}
