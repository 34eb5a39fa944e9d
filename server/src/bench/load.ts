import { Worker } from "node:worker_threads";
import pg from "pg";
import { graphql } from "./graphql.js";
import type { LoadWorkerInput, LoadWorkerOutput } from "./load-worker.js";
import { emit, progress, reportErrors, round, summarize } from "./stats.js";

export const LEADS_QUERY = `query { leads(first: 50) { totalCount edges { node { id firstName lastName company email score status assignedTo { id name } } } pageInfo { hasNextPage endCursor } } }`;

// What the API returns, with the least work: the 51 newest live leads (50 + one to know there is a next
// page) with their owner, and the count, in one statement.
const RAW_SQL = `select p.id, p.first_name, p.last_name, p.company, p.email, p.score, p.status,
    u.id as owner_id, u.name as owner_name,
    (select count(*)::int from lead c where c.organization_id = $1 and c.deleted_at is null) as total_count
  from (select id, first_name, last_name, company, email, score, status, assigned_to_id, created_at
    from lead where organization_id = $1 and deleted_at is null
    order by created_at desc, id desc limit 51) p
  left join app_user u on u.id = p.assigned_to_id
  order by p.created_at desc, p.id desc`;

interface LeadsPage {
  leads: {
    totalCount: number;
    edges: { node: { id: string; assignedTo: { id: string } | null } }[];
  };
}

export interface LoadOptions {
  url: string;
  token: string;
  databaseUrl: string;
  organizationId: string;
  liveLeads: number;
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/** The leads query under concurrent load through the API, then the same rows by one raw SQL. */
export async function benchLeadsQuery(o: LoadOptions): Promise<boolean> {
  const sample = await graphql<LeadsPage>(o.url, LEADS_QUERY, {}, o.token);
  const pool = new pg.Pool({ connectionString: o.databaseUrl, max: o.connections });
  pool.on("error", reportErrors("raw SQL pool"));
  try {
    const { rows } = await pool.query<{ id: string; owner_id: string | null; total_count: number }>(RAW_SQL, [
      o.organizationId,
    ]);
    const apiRows = sample.leads.edges.map((e) => `${e.node.id}/${e.node.assignedTo?.id ?? "-"}`);
    const rawRows = rows.slice(0, 50).map((r) => `${r.id}/${r.owner_id ?? "-"}`);
    const sameRows = apiRows.join() === rawRows.join() && sample.leads.totalCount === rows[0]?.total_count;
    if (apiRows.length !== 50 || sample.leads.totalCount !== o.liveLeads)
      throw new Error(`unexpected sample: ${apiRows.length} edges, totalCount ${sample.leads.totalCount}`);

    progress(
      `leads query over GraphQL: ${o.connections} connections, ${o.warmupSeconds}s warm-up + ${o.seconds}s`,
    );
    const api = await runWorker({
      url: `${o.url}/graphql`,
      headers: { "content-type": "application/json", authorization: `Bearer ${o.token}` },
      body: JSON.stringify({ query: LEADS_QUERY }),
      connections: o.connections,
      warmupSeconds: o.warmupSeconds,
      seconds: o.seconds,
    });
    progress(`same rows by raw SQL through pg.Pool(max ${o.connections}), ${o.connections} concurrent`);
    await drive(pool, o, o.warmupSeconds);
    const raw = await drive(pool, o, o.seconds);

    const apiStats = summarize(api.latenciesMs);
    const rawStats = summarize(raw.latenciesMs);
    const apiRps = api.ok / api.seconds;
    const rawRps = raw.ok / raw.seconds;
    const common = { leads_live: o.liveLeads, page_size: 50, connections: o.connections, seconds: o.seconds };
    emit({
      bench: "leads_query_raw_sql",
      ...common,
      pg_pool_max: o.connections,
      requests: raw.ok,
      requests_per_second: round(rawRps, 1),
      ...rawStats,
      errors: raw.errors,
      unit: "requests/s, ms",
    });
    const failures = api.errors + api.non2xx + api.timeouts + api.graphqlErrors;
    emit({
      bench: "leads_query_api",
      ...common,
      requests: api.ok,
      requests_per_second: round(apiRps, 1),
      ...apiStats,
      errors: api.errors,
      non_2xx: api.non2xx,
      timeouts: api.timeouts,
      graphql_errors: api.graphqlErrors,
      sample_edges: apiRows.length,
      same_rows_as_raw_sql: sameRows,
      ratio_vs_raw_sql: round(apiRps / rawRps, 3),
      p50_latency_ratio_vs_raw_sql: round(apiStats.p50_ms / rawStats.p50_ms, 2),
      unit: "requests/s, ms",
    });
    return failures === 0 && raw.errors === 0 && sameRows;
  } finally {
    await pool.end();
  }
}

/** `connections` concurrent loops of the raw query for `seconds`. */
async function drive(pool: pg.Pool, o: LoadOptions, seconds: number) {
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const { rowCount } = await pool.query(RAW_SQL, [o.organizationId]);
        if (rowCount !== 51) throw new Error(`${rowCount} rows`);
        latencies.push(performance.now() - t0);
        ok++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, loop));
  return { ok, errors, seconds: (performance.now() - started) / 1000, latenciesMs: latencies };
}

function runWorker(input: LoadWorkerInput): Promise<LoadWorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load-worker.js", import.meta.url), { workerData: input });
    worker.once("message", (output: LoadWorkerOutput) => resolve(output));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`load worker exited with code ${code}`)));
  });
}
