import { Worker } from "node:worker_threads";
import { randomBytes } from "node:crypto";
import { duplicateKeys, normalizePhone } from "@leadline/shared";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { candidateQuery, CANDIDATE_SIMILARITY } from "../modules/dedup/duplicate-finder.js";
import type { MikroORM } from "../db/orm.js";
import { AssignmentRule } from "../modules/routing/routing.entities.js";
import type { CaptureWorkerInput, CaptureWorkerOutput } from "./capture-worker.js";
import { benchPeople } from "./capture-people.js";
import { localPostmaster, postgresCpuMs } from "./postgres-cpu.js";
import { createBenchTeam } from "./routing.js";
import type { SampleLead } from "./seed.js";
import { emit, paceCalls, progress, reportErrors, round, secondsSince, summarize } from "./stats.js";

const CONNECTIONS = 32;
/**
 * Sockets the paced generator may hold open at once: as many as requests can be outstanding, as with
 * visitors submitting forms, who do not wait for each other. Capped at 32, the generator itself queued the
 * requests that a slow answer held back, and the server's batches could never exceed 32.
 */
const PACED_MAX_SOCKETS = 1_024;
const DEDUP_CHECKS = 300;

export interface CaptureBenchOptions {
  orm: MikroORM;
  url: string;
  databaseUrl: string;
  organizationId: string;
  liveLeads: number;
  samples: SampleLead[];
  seconds: number;
  /** Requests per second, evenly paced; undefined is saturation. */
  rates: (number | undefined)[];
}

/**
 * The capture API (validation, duplicate-submission check, enrichment, scoring, round-robin routing over six
 * reps with their notifications, commit) at fixed, evenly paced rates and at saturation (autocannon); then
 * raw single-row INSERTs of such rows through `pg` at the same rates, each against the API's figures; then
 * the duplicate check's index lookups on the seeded leads.
 */
export async function benchCapture(o: CaptureBenchOptions): Promise<boolean> {
  const pool = new pg.Pool({ connectionString: o.databaseUrl, max: CONNECTIONS });
  pool.on("error", reportErrors("raw SQL pool"));
  try {
    const campaignId = uuidv7();
    const token = `llc_bench_${randomBytes(12).toString("hex")}`;
    await pool.query(
      `insert into campaign (id, organization_id, name, status, public_token) values ($1, $2, 'Bench', 'ACTIVE', $3)`,
      [campaignId, o.organizationId, token],
    );
    // Routed as most organisations route: round robin over a team (the rule is removed afterwards).
    const em = o.orm.em.fork();
    const { team, reps } = await createBenchTeam(em, o.organizationId, "Bench capture");
    const rule = em.create(AssignmentRule, {
      organization: o.organizationId,
      name: "Bench capture",
      strategy: "ROUND_ROBIN",
      team,
    });
    await em.flush();
    const postgres = await localPostmaster(pool);
    let ok = true;
    const captured = new Map<number | "saturation", { leadsPerSecond: number; p99Ms: number }>();
    for (const rate of o.rates) {
      progress(
        `capture API at ${rate ? `${rate} req/s (up to ${PACED_MAX_SOCKETS} sockets)` : `saturation (${CONNECTIONS} connections)`}, ${o.seconds}s`,
      );
      const busyBefore = performance.eventLoopUtilization();
      const postgresBefore = postgres && postgresCpuMs(postgres);
      const result = await runWorker({
        url: `${o.url}/v1/api/leads`,
        headers: { "content-type": "application/json", "x-campaign-token": token },
        campaignId,
        seed: randomBytes(4).readUInt32LE(),
        connections: CONNECTIONS,
        maxSockets: PACED_MAX_SOCKETS,
        seconds: o.seconds,
        rate,
      });
      // The app runs on this thread (the load comes from a worker): its busy time per lead is the cost that
      // bounds throughput, whatever the latencies.
      const busy = performance.eventLoopUtilization(busyBefore);
      const failures = result.errors + result.timeouts + result.non2xx;
      ok &&= failures === 0;
      const latencies = result.latenciesMs.length > 0 ? summarize(result.latenciesMs) : undefined;
      if (latencies)
        captured.set(rate ?? "saturation", {
          leadsPerSecond: result.created / result.seconds,
          p99Ms: latencies.p99_ms,
        });
      emit({
        bench: "capture_api",
        target_rate: rate ?? "saturation",
        ...(rate ? { max_sockets: PACED_MAX_SOCKETS } : { connections: CONNECTIONS }),
        seconds: round(result.seconds, 1),
        leads_created: result.created,
        leads_per_second: round(result.created / result.seconds, 1),
        ...latencies,
        errors: result.errors,
        timeouts: result.timeouts,
        non_2xx: result.non2xx,
        routed_over_reps: reps.length,
        app_thread_utilization: round(busy.utilization, 2),
        app_busy_ms_per_lead: round(busy.active / Math.max(1, result.created), 2),
        ...postgresCpuPerRow(postgres, postgresBefore, result.created),
        unit: "leads/s, ms",
      });
    }
    await em.nativeDelete(AssignmentRule, { id: rule.id });
    // Each rate again with the bare INSERTs, after all the capture runs (their leads are in the table too).
    for (const rate of o.rates) {
      const postgresBefore = postgres && postgresCpuMs(postgres);
      const raw = await rawInserts(pool, o, campaignId, rate);
      const rawRate = raw.ok / raw.seconds;
      const latencies = summarize(raw.latenciesMs);
      const api = captured.get(rate ?? "saturation");
      emit({
        bench: "capture_raw_single_row_insert",
        target_rate: rate ?? "saturation",
        connections: CONNECTIONS,
        seconds: round(raw.seconds, 1),
        rows: raw.ok,
        rows_per_second: round(rawRate, 1),
        ...latencies,
        errors: raw.errors,
        ...postgresCpuPerRow(postgres, postgresBefore, raw.ok),
        // The capture API at the same rate, against these bare INSERTs.
        ...(api && {
          capture_leads_per_second_vs_raw: round(api.leadsPerSecond / rawRate, 2),
          capture_p99_vs_raw: round(api.p99Ms / latencies.p99_ms, 2),
        }),
        unit: "rows/s, ms",
      });
      ok &&= raw.errors === 0;
    }
    await dedupLookups(pool, o);
    return ok;
  } finally {
    await pool.end();
  }
}

/** The server's CPU time per row written since `before`, where it can be read (see localPostmaster). */
function postgresCpuPerRow(postmaster: number | undefined, before: number | undefined, rows: number) {
  if (postmaster === undefined || before === undefined) return {};
  return { postgres_cpu_ms_per_row: round((postgresCpuMs(postmaster) - before) / Math.max(1, rows), 2) };
}

/** Single-row autocommit INSERTs of new people's rows, with the columns the capture API fills in. */
function rawRowInserter(pool: pg.Pool, o: CaptureBenchOptions, campaignId: string) {
  const nextPerson = benchPeople(randomBytes(4).readUInt32LE(), `raw-${randomBytes(3).toString("hex")}`);
  return () => {
    const person = nextPerson();
    return pool.query(
      `insert into lead (id, organization_id, first_name, last_name, email, phone, company, source, campaign,
         utm_source, utm_medium, utm_content, form_submissions, source_campaign_id, custom_fields)
       values ($1, $2, $3, $4, $5, $6, $7, 'website', 'Bench', 'google', 'cpc', 'banner-a', 1, $8, $9)`,
      [
        uuidv7(),
        o.organizationId,
        person.firstName,
        person.lastName,
        person.email,
        normalizePhone(person.phone),
        person.company,
        campaignId,
        { leadDetails: { message: "Load test" } },
      ],
    );
  };
}

/**
 * The same rows as raw INSERTs through a pg.Pool of `CONNECTIONS`: at `rate` rows a second, evenly paced
 * with each latency counted from the row's due time (as the capture API's), or at saturation (undefined)
 * from `CONNECTIONS` clients one row after another.
 */
async function rawInserts(
  pool: pg.Pool,
  o: CaptureBenchOptions,
  campaignId: string,
  rate: number | undefined,
) {
  progress(`raw single-row INSERTs at ${rate ? `${rate} rows/s` : "saturation"}, ${o.seconds}s`);
  const insert = rawRowInserter(pool, o, campaignId);
  const run = { ok: 0, errors: 0, latenciesMs: [] as number[] };
  const timed = async (since: number) => {
    try {
      await insert();
      run.latenciesMs.push(performance.now() - since);
      run.ok++;
    } catch {
      run.errors++;
    }
  };
  if (rate) {
    const seconds = await paceCalls(rate, o.seconds, timed);
    return { ...run, seconds };
  }
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) await timed(performance.now());
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  return { ...run, seconds: secondsSince(started) };
}

/** The duplicate check's index lookups (email, phone, name + company) for seeded leads, one at a time. */
async function dedupLookups(pool: pg.Pool, o: CaptureBenchOptions): Promise<void> {
  progress(`duplicate check: ${DEDUP_CHECKS} lookups on ${o.liveLeads} leads`);
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  const latencies: number[] = [];
  let found = 0;
  await db.transaction().execute(async (tx) => {
    await sql`select set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`.execute(
      tx,
    );
    for (let i = 0; i < DEDUP_CHECKS; i++) {
      const sample = o.samples[i % o.samples.length]!;
      const t0 = performance.now();
      const { rows } = await candidateQuery(o.organizationId, duplicateKeys(sample))!.execute(tx);
      latencies.push(performance.now() - t0);
      if (rows.some((row) => row.id === sample.id)) found++;
    }
  });
  emit({
    bench: "duplicate_check",
    leads: o.liveLeads,
    checks: DEDUP_CHECKS,
    found_itself: found,
    ...summarize(latencies),
    unit: "ms",
  });
}

function runWorker(input: CaptureWorkerInput): Promise<CaptureWorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./capture-worker.js", import.meta.url), { workerData: input });
    worker.once("message", (output: CaptureWorkerOutput) => resolve(output));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`capture worker exited with code ${code}`)));
  });
}
