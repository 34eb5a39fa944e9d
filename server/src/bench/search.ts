import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import {
  buildLeadListQuery,
  buildSearchWordsQuery,
  SEARCH_SIMILARITY_THRESHOLD,
} from "../modules/leads/lead-list.query.js";
import { graphql } from "./graphql.js";
import { searchTerms, TERM_KINDS, type SearchTerm } from "./search-terms.js";
import type { SampleLead } from "./seed.js";
import { emit, progress, reportErrors, round, summarize } from "./stats.js";

const PAGE = 20;
const SEARCH_QUERY = `query($term: String!) { leads(search: $term, first: ${PAGE}) { totalCount edges { node { id firstName lastName email company } } } }`;

interface Node {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  company: string | null;
}
interface SearchResult {
  leads: { totalCount: number; edges: { node: Node }[] };
}
interface Outcome {
  term: SearchTerm;
  apiMs: number;
  sqlMs: number;
  total: number;
  foundLead: boolean;
  foundText: boolean;
  sameAsSql: boolean;
}

const text = (n: Node) =>
  [n.firstName, n.lastName, n.email, n.company]
    .map((v) => v ?? "")
    .join(" ")
    .toLowerCase();

/** Each term through GraphQL and as the server's own SQL straight on pg, interleaved (fair caches). */
export async function benchSearch(
  url: string,
  token: string,
  databaseUrl: string,
  organizationId: string,
  samples: SampleLead[],
  columns: readonly string[],
): Promise<boolean> {
  const terms = searchTerms(samples);
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", reportErrors("search client"));
  await client.connect();
  // Only used to compile the server's query builder to SQL text and parameters.
  const compiler = new Kysely<Record<string, never>>({
    dialect: new PostgresDialect({ pool: new pg.Pool() }),
  });
  try {
    await client.query("select set_config('pg_trgm.similarity_threshold', $1, false)", [
      String(SEARCH_SIMILARITY_THRESHOLD),
    ]);
    const viaApi = (term: string) => graphql<SearchResult>(url, SEARCH_QUERY, { term }, token);
    const viaSql = async (term: string) => {
      // The server's two steps: the known words each searched word may mean, then page and count.
      const wordsQuery = buildSearchWordsQuery(organizationId, term).compile(compiler);
      const words = await client.query<{ words: string[] }>(wordsQuery.sql, [...wordsQuery.parameters]);
      const searchWords = words.rows.map((row) => row.words);
      const query = buildLeadListQuery({
        organizationId,
        columns,
        search: term,
        searchWords,
        limit: PAGE + 1,
      });
      const rows = query.rows.compile(compiler);
      const count = query.count.compile(compiler);
      const page = await client.query<{ id: string }>(rows.sql, [...rows.parameters]);
      await client.query(count.sql, [...count.parameters]);
      return page.rows.slice(0, PAGE).map((r) => r.id);
    };
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const t0 = performance.now();
      const result = await work();
      return [result, performance.now() - t0];
    };
    progress(`search: ${terms.length} terms, through GraphQL and as raw SQL, sequentially`);
    for (const { term } of terms.slice(0, 10)) await Promise.all([viaApi(term), viaSql(term)]); // warm-up
    const outcomes: Outcome[] = [];
    for (const [i, term] of terms.entries()) {
      const apiRun = () => timed(() => viaApi(term.term));
      const sqlRun = () => timed(() => viaSql(term.term));
      let api: Awaited<ReturnType<typeof apiRun>>;
      let sql: Awaited<ReturnType<typeof sqlRun>>;
      if (i % 2 === 0) [api, sql] = [await apiRun(), await sqlRun()];
      else [sql, api] = [await sqlRun(), await apiRun()];
      const [{ leads }, apiMs] = api;
      const [sqlIds, sqlMs] = sql;
      const nodes = leads.edges.map((e) => e.node);
      outcomes.push({
        term,
        apiMs,
        sqlMs,
        total: leads.totalCount,
        foundLead: nodes.some((n) => n.id === term.leadId),
        foundText: nodes.some((n) => text(n).includes(term.intended)),
        sameAsSql: nodes.map((n) => n.id).join() === sqlIds.join(),
      });
    }
    report(outcomes);
    return outcomes.every((o) => o.sameAsSql);
  } finally {
    await compiler.destroy();
    await client.end();
  }
}

function report(outcomes: Outcome[]): void {
  for (const o of [...outcomes].sort((a, b) => b.apiMs - a.apiMs).slice(0, 5))
    progress(`slow: "${o.term.term}" (${o.term.kind}) api ${o.apiMs.toFixed(1)}ms sql ${o.sqlMs.toFixed(1)}ms, ${o.total} matches`); // prettier-ignore
  const api = summarize(outcomes.map((o) => o.apiMs));
  const sql = summarize(outcomes.map((o) => o.sqlMs));
  const typos = outcomes.filter((o) => o.term.typo);
  const count = (list: Outcome[], test: (o: Outcome) => boolean) => list.filter(test).length;
  const byKind = Object.fromEntries(
    TERM_KINDS.map((kind) => {
      const of = outcomes.filter((o) => o.term.kind === kind);
      const stats = summarize(of.map((o) => o.apiMs));
      const totals = of.map((o) => o.total).sort((a, b) => a - b);
      return [
        kind,
        {
          terms: of.length,
          p50_ms: stats.p50_ms,
          p95_ms: stats.p95_ms,
          median_total_count: totals[Math.floor(totals.length / 2)],
          intended_lead_in_top20: count(of, (o) => o.foundLead),
          intended_text_in_top20: count(of, (o) => o.foundText),
        },
      ];
    }),
  );
  emit({ bench: "search_latency_raw_sql", terms: outcomes.length, page_size: PAGE, ...sql, unit: "ms" });
  emit({
    bench: "search_latency_api",
    terms: outcomes.length,
    page_size: PAGE,
    ...api,
    zero_result_terms: count(outcomes, (o) => o.total === 0),
    typo_terms: typos.length,
    typo_recall_intended_lead_top20: count(typos, (o) => o.foundLead),
    typo_recall_intended_text_top20: count(typos, (o) => o.foundText),
    same_results_as_raw_sql: count(outcomes, (o) => o.sameAsSql),
    p50_latency_ratio_vs_raw_sql: round(api.p50_ms / sql.p50_ms, 2),
    p95_latency_ratio_vs_raw_sql: round(api.p95_ms / sql.p95_ms, 2),
    by_kind: byKind,
    unit: "ms",
  });
}
