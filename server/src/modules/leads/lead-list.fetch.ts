import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import { leadListColumns } from "./lead-row.js";
import {
  buildLeadListQuery,
  buildSearchWordsQuery,
  SEARCH_SIMILARITY_THRESHOLD,
  type LeadListQuery,
} from "./lead-list.query.js";

export interface LeadListResult {
  rows: Record<string, unknown>[];
  total: number | undefined;
  byRelevance: boolean;
}

/**
 * Runs a lead list: for a search, first the words the search may mean (one transaction, so the
 * similarity threshold applies to it alone), then the page and, when wanted, the count, in parallel.
 */
export async function fetchLeadList(
  em: EntityManager,
  query: Omit<LeadListQuery, "searchWords" | "columns">,
  withTotalCount: boolean,
): Promise<LeadListResult> {
  const run = async (tx: EntityManager): Promise<LeadListResult> => {
    const db = tx.getKysely();
    let searchWords: string[][] | undefined;
    if (query.search) {
      await sql`select set_config('pg_trgm.similarity_threshold', ${String(SEARCH_SIMILARITY_THRESHOLD)}, true)`.execute(
        db,
      );
      const words = await buildSearchWordsQuery(query.organizationId, query.search).execute(db);
      searchWords = words.rows.map((row) => row.words);
    }
    const built = buildLeadListQuery({ ...query, columns: leadListColumns(tx), searchWords });
    const [rows, count] = await Promise.all([
      built.rows.execute(db),
      withTotalCount ? built.count.execute(db) : undefined,
    ]);
    return { rows: rows.rows, total: count?.rows[0]?.total, byRelevance: built.byRelevance };
  };
  return query.search ? em.transactional(run) : run(em);
}
