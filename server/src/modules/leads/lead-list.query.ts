import { validate as isUuid } from "uuid";
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

/** Typo tolerance: how alike (trigram similarity, 0-1) a known word must be to a searched word. */
export const SEARCH_SIMILARITY_THRESHOLD = 0.3;
/** At most this many searched words count, and this many known words stand in for each. */
const MAX_SEARCH_WORDS = 6;
const MAX_EXPANSIONS = 32;
/** Words shorter than this match only as they are; from it on, also as a prefix (typing as you go). */
const MIN_PREFIX_LENGTH = 3;
/** Words at least this long also match similar words (typos). */
const MIN_FUZZY_LENGTH = 4;

export type ListPosition =
  | { readonly kind: "keyset"; readonly key: string; readonly id: string }
  | { readonly kind: "offset"; readonly offset: number };

export interface LeadListQuery {
  organizationId: string;
  /** The columns a page returns (see LIST_COLUMNS in lead-row.ts). */
  columns: readonly string[];
  filter?: LeadFilter;
  search?: string;
  /** For each searched word, the known words that may stand for it, best first (buildSearchWordsQuery). */
  searchWords?: string[][];
  /** Absent with a search: order by relevance. */
  order?: LeadOrder;
  after?: ListPosition;
  limit: number;
  /** The clock's "now", for relative filters (no activity in N days). */
  now?: Date;
}

export interface BuiltLeadListQuery {
  rows: RawBuilder<Record<string, unknown>>;
  count: RawBuilder<{ total: number }>;
  /** Rows are ordered by relevance (offset cursors) rather than by a column (keyset cursors). */
  byRelevance: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

const DAY_MS = 86_400_000;

/** The SQL conditions (on alias `l`) of a lead filter within one organisation, deleted leads excluded. */
export function leadFilterConditions(
  organizationId: string,
  f: LeadFilter = {},
  now = new Date(),
): RawBuilder<unknown>[] {
  const where = [sql`l.organization_id = ${organizationId}`, sql`l.deleted_at is null`];
  if (f.status?.length) where.push(sql`l.status = any(${f.status}::lead_status[])`);
  const owners = f.assignedToIds?.length ? sql`l.assigned_to_id = any(${f.assignedToIds}::uuid[])` : null;
  if (owners && f.unassigned) where.push(sql`(${owners} or l.assigned_to_id is null)`);
  else if (owners) where.push(owners);
  else if (f.unassigned) where.push(sql`l.assigned_to_id is null`);
  if (f.queueTeamIds) {
    // An id that is not one matches nothing, as an unknown team's does.
    const teams = sql`l.queue_team_id = any(${f.queueTeamIds.filter((id) => id !== null && isUuid(id))}::uuid[])`;
    where.push(f.queueTeamIds.includes(null) ? sql`(${teams} or l.queue_team_id is null)` : teams);
  }
  if (f.source?.length) where.push(sql`l.source = any(${f.source}::text[])`);
  if (f.campaign?.length) where.push(sql`l.campaign = any(${f.campaign}::text[])`);
  if (f.tags?.length) where.push(sql`l.tags && ${f.tags}::text[]`);
  if (given(f.scoreMin)) where.push(sql`l.score >= ${f.scoreMin}`);
  if (given(f.scoreMax)) where.push(sql`l.score <= ${f.scoreMax}`);
  if (f.grade?.length) where.push(sql`l.grade = any(${f.grade.map((g) => g.toUpperCase())}::text[])`);
  if (given(f.createdAfter)) where.push(sql`l.created_at >= ${f.createdAfter}`);
  if (given(f.createdBefore)) where.push(sql`l.created_at < ${f.createdBefore}`);
  if (f.stageIds?.length) where.push(sql`l.stage_id = any(${f.stageIds}::uuid[])`);
  if (given(f.importJobId))
    where.push(isUuid(f.importJobId) ? sql`l.import_job_id = ${f.importJobId}::uuid` : sql`false`);
  if (given(f.noActivityInDays))
    where.push(
      sql`coalesce(l.last_activity_at, l.created_at) < ${new Date(now.getTime() - f.noActivityInDays * DAY_MS)}`,
    );
  return where;
}

/**
 * For each word of a search (split the way `lead_search.search_words` is), the words it may stand for, best
 * first: the word itself, then the organisation's known words it begins (as typed so far), then known
 * words like it (typos).
 * The lexicon is small, so this is fast; leads are then found by exact words through a GIN index.
 */
export function buildSearchWordsQuery(
  organizationId: string,
  search: string,
): RawBuilder<{ words: string[] }> {
  return sql<{
    words: string[];
  }>`select array_prepend(t.token, coalesce(array_agg(x.word order by x.rank, x.similarity desc, x.word)
      filter (where x.word is not null and x.word <> t.token), '{}')) as words
    from unnest((array_remove(regexp_split_to_array(lower(${search}), '[^[:alnum:]]+'), ''))[1:${MAX_SEARCH_WORDS}])
      with ordinality t(token, position)
    left join lateral (
      select w.word, similarity(w.word, t.token) as similarity,
        case when w.word like t.token || '%' then 1 else 2 end as rank
      from lead_search_word w
      where w.organization_id = ${organizationId}
        and ((length(t.token) >= ${MIN_PREFIX_LENGTH} and w.word like t.token || '%')
          or (length(t.token) >= ${MIN_FUZZY_LENGTH} and w.word % t.token))
      group by w.word
      order by rank, similarity desc, w.word
      limit ${MAX_EXPANSIONS}
    ) x on true
    group by t.position, t.token order by t.position`;
}

/**
 * Builds the page and count queries of a lead list. Column orders page by keyset (`(key, id) < cursor`),
 * so a deep page costs what the first costs; relevance order (a search without `orderBy`) pages by offset.
 * Search matches a substring of the lower-cased `lead_search.search_text` (trigram index), or, word by word, any of
 * the known words that may stand for each searched word (`searchWords`, through the `search_words` index).
 */
export function buildLeadListQuery(query: LeadListQuery): BuiltLeadListQuery {
  const where = leadFilterConditions(query.organizationId, query.filter, query.now);
  const columns = sql.join(query.columns.map((column) => sql.ref(`l.${column}`)));
  const term = query.search?.trim().toLowerCase();
  const pattern = term ? `%${escapeLike(term)}%` : "";
  // Every searched word must match one of its stand-ins; a word with none rules the word path out.
  const words = query.searchWords ?? [];
  const byWords = words.length > 0 && words.every((candidates) => candidates.length > 0);
  if (term) {
    const wordMatch = byWords
      ? sql.join(
          words.map((candidates) => sql`s.search_words && ${candidates}::text[]`),
          sql` and `,
        )
      : sql`false`;
    where.push(sql`(s.search_text like ${pattern} or (${wordMatch}))`);
  }
  // Searched text lives in the side table lead_search (live leads only).
  const from = term ? sql`lead l join lead_search s on s.lead_id = l.id` : sql`lead l`;
  const count = sql<{
    total: number;
  }>`select count(*)::int as total from ${from} where ${sql.join(where, sql` and `)}`;

  if (term && !query.order) {
    const offset = query.after?.kind === "offset" ? query.after.offset : 0;
    // Substring hits first, then leads whose words are the better stand-ins (earlier in each list).
    const wordRank = byWords
      ? sql.join(
          words.map(
            (candidates) =>
              sql`coalesce((select min(array_position(${candidates}::text[], w)) from unnest(s.search_words) w), ${MAX_EXPANSIONS})`,
          ),
          sql` + `,
        )
      : undefined;
    const rows = sql<
      Record<string, unknown>
    >`select ${columns}, null as sort_key from ${from} where ${sql.join(where, sql` and `)}
      order by (s.search_text like ${pattern}) desc, ${wordRank ? sql`${wordRank} asc,` : sql``} l.created_at desc, l.id desc
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
  >`select ${columns}, ${expression}::text as sort_key from ${from} where ${sql.join(page, sql` and `)}
    order by ${expression} ${direction}, l.id ${direction} limit ${query.limit}`;
  return { rows, count, byRelevance: false };
}
