import { createReadStream, createWriteStream, readFileSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { once } from "node:events";
import { sql } from "kysely";
import type { MikroORM } from "../db/orm.js";
import { startAppProcess } from "./environment.js";
import { graphql } from "./graphql.js";
import { benchImportFloor, rawLeadColumns, rawRowsAsLeads } from "./import-floor.js";
import { emit, progress, round, sleep } from "./stats.js";

const HEADER =
  "Lead ID,First Name,Last Name,Email,Phone,Company,Title,Country,Lead Source,Status,Employees,Interest";
const COUNTRIES = ["US", "GB", "DE", "FR", "NL", "ES"];
const SOURCES = ["Web", "Trade Show", "Partner", "paid_search", "webinar"];
const STATUSES = ["Open - Not Contacted", "Working - Contacted", "NEW", "Qualified"];
const TITLES = ["CTO", "Director of Sales", "Marketing Manager", "Engineer", "VP Operations"];
const AREAS = [
  212, 213, 305, 312, 415, 503, 512, 617, 646, 702, 713, 718, 202, 206, 303, 404, 469, 480, 510, 602,
];

/** A distinct valid US number per n (the same phone would make two rows one person). */
const phone = (n: number) =>
  `+1 ${AREAS[n % AREAS.length]} ${200 + (Math.floor(n / AREAS.length / 10_000) % 700)} ${String(Math.floor(n / AREAS.length) % 10_000).padStart(4, "0")}`;

/**
 * A CSV as CRM exports look: quoted cells with commas, thousands separators, Salesforce statuses; 2% of
 * rows repeat an earlier email (duplicates to skip), 0.5% have a bad email (rejected).
 */
async function generateCsv(path: string, rows: number, runTag: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\r\n`);
  for (let i = 0; i < rows; i++) {
    const n = i % 50 === 49 ? i - 7 : i; // a duplicate of row i - 7
    const email = i % 200 === 199 ? `broken-${i}-at-example` : `lead${n}.${runTag}@corp${n % 997}.example`;
    const line = [
      `EXT-${runTag}-${i}`,
      `First${n}`,
      `Last${n}`,
      email,
      phone(n),
      `"Company ${n % 5000}, Inc."`,
      TITLES[n % TITLES.length],
      COUNTRIES[n % COUNTRIES.length],
      SOURCES[n % SOURCES.length],
      STATUSES[n % STATUSES.length],
      `"${(n % 20_000).toLocaleString("en-US")}"`,
      n % 3 === 0 ? "Analytics" : "",
    ].join(",");
    if (!out.write(`${line}\r\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Streams the file to POST /v1/api/imports as text/csv; returns the new import's id. */
function upload(url: string, token: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/v1/api/imports?filename=bench.csv`,
      { method: "POST", headers: { "content-type": "text/csv", authorization: `Bearer ${token}` } },
      (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        res.on("end", () =>
          res.statusCode === 201
            ? resolve((JSON.parse(body) as { import_job: { id: string } }).import_job.id)
            : reject(new Error(`upload failed: ${res.statusCode} ${body}`)),
        );
      },
    );
    req.on("error", reject);
    createReadStream(path).pipe(req);
  });
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A process's resident set now and at its peak (VmHWM), in bytes, as the kernel counts them. */
function residentSet(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  return { now: kb("VmRSS"), peak: kb("VmHWM") };
}

/** Starts counting the process's peak resident set afresh (Linux: "5" to clear_refs); false when not allowed. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

interface JobState {
  status: string;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

/**
 * End to end (upload to done) imports of generated files through the API, with dedup and scoring, next
 * to a raw PostgreSQL COPY of the same file into a bare table, a bare INSERT of its rows into `lead`, and
 * the least any import of them costs here (import-floor.ts), in the same run. The imports go to the app
 * running in a process of its own (the in-process app's job worker is stopped, so that process's worker
 * runs them): its peak RSS is the app's, from before the
 * upload to the end of the import, not the bench's (whose seeding alone leaves it at 400+ MB).
 */
export async function benchImports(
  orm: MikroORM,
  organizationId: string,
  app: { vars: Record<string, string>; stopJobWorker: () => Promise<void> },
  login: (url: string) => Promise<string>,
  dir: string,
  sizes: number[],
): Promise<boolean> {
  await app.stopJobWorker();
  const server = await startAppProcess(app.vars);
  try {
    return await importEach(orm, organizationId, server, login, dir, sizes);
  } finally {
    await server.close();
  }
}

async function importEach(
  orm: MikroORM,
  organizationId: string,
  server: { url: string; pid: number },
  login: (url: string) => Promise<string>,
  dir: string,
  sizes: number[],
): Promise<boolean> {
  const { url, pid } = server;
  let ok = true;
  const scratch = await sql<{ id: string }>`
    insert into organization (id, name, slug) values (gen_random_uuid(), 'Bench scratch', ${`bench-scratch-${Date.now()}`})
    returning id`.execute(orm.em.fork().getKysely());
  const scratchOrganizationId = scratch.rows[0]!.id;
  // With the seeded organisation's stages, so the floor pays the stage triggers' work as imports do.
  await sql`
    insert into pipeline_stage
    select (jsonb_populate_record(null::pipeline_stage, to_jsonb(s)
      || jsonb_build_object('id', gen_random_uuid(), 'organization_id', ${scratchOrganizationId}::uuid))).*
    from pipeline_stage s where s.organization_id = ${organizationId}`.execute(orm.em.fork().getKysely());
  for (const rows of sizes) {
    const path = join(dir, `import-${rows}.csv`);
    progress(`generating a ${rows}-row CSV`);
    await generateCsv(path, rows, `r${rows}`);
    const fileBytes = statSync(path).size;
    const token = await login(url);

    const kernelPeak = resetPeak(pid);
    const rssBefore = residentSet(pid).now;
    let sampledPeak = rssBefore;
    let samples = 0;
    const sampler = setInterval(() => {
      const rss = residentSet(pid).now;
      sampledPeak = Math.max(sampledPeak, rss);
      // Every 10 s: whether the app's memory grows with the rows read.
      if (++samples % 100 === 0) progress(`app process RSS ${mb(rss)} MB`);
    }, 100);
    progress(`importing ${rows} rows end to end`);
    const started = performance.now();
    const jobId = await upload(url, token, path);
    const uploadSeconds = (performance.now() - started) / 1000;
    const { suggestImportMapping: mapping } = await graphql<{
      suggestImportMapping: Record<string, unknown>[];
    }>(
      url,
      "query($id: ID!) { suggestImportMapping(jobId: $id) { index header target } }",
      { id: jobId },
      token,
    );
    await graphql(
      url,
      "mutation($input: StartImportInput!) { startImport(input: $input) { job { id } } }",
      {
        input: {
          jobId,
          mapping: mapping.map(({ index, header, target }) => ({ index, header, target })),
          duplicatePolicy: "SKIP",
        },
      },
      token,
    );
    let job: JobState;
    for (;;) {
      await sleep(250);
      job = (
        await sql<JobState>`select status, processed, created, updated, skipped, failed from import_job
          where id = ${jobId}`.execute(orm.em.fork().getKysely())
      ).rows[0]!;
      if (job.status !== "QUEUED" && job.status !== "RUNNING") break;
    }
    const totalSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const peakRss = kernelPeak ? residentSet(pid).peak : sampledPeak;

    progress(`raw COPY of the same ${rows} rows`);
    const floors = await rawCopy(orm, path, scratchOrganizationId);
    if (floors) await benchImportFloor(orm, scratchOrganizationId, rows, floors.copy, totalSeconds);
    await sql`drop table if exists bench_raw_import`.execute(orm.em.fork().getKysely());
    const { rows: tagged } = await sql<{ count: number }>`
      select count(*)::int as count from lead where import_job_id = ${jobId}`.execute(
      orm.em.fork().getKysely(),
    );
    // Every 200th row has a bad email (rejected); the other 49th-of-50 rows repeat an earlier one (skipped).
    const rejected = Math.floor(rows / 200);
    const consistent =
      job.status === "COMPLETED" &&
      job.processed === rows &&
      job.failed === rejected &&
      job.skipped === Math.floor(rows / 50) - rejected &&
      tagged[0]?.count === job.created;
    ok &&= consistent;
    emit({
      bench: "import_csv",
      rows,
      file_mb: round(fileBytes / 1024 / 1024, 1),
      created: job.created,
      skipped_duplicates: job.skipped,
      rejected: job.failed,
      upload_seconds: round(uploadSeconds),
      end_to_end_seconds: round(totalSeconds),
      rows_per_second: Math.round(rows / totalSeconds),
      rss_before_mb: mb(rssBefore),
      peak_rss_mb: mb(peakRss),
      peak_rss_source: kernelPeak ? "VmHWM of the app process" : "VmRSS of the app process every 100 ms",
      raw_copy_seconds: floors && round(floors.copy),
      raw_copy_rows_per_second: floors && Math.round(rows / floors.copy),
      ratio_vs_raw_copy: floors && round(floors.copy / totalSeconds, 3),
      bare_lead_insert_seconds: floors && round(floors.leadInsert),
      bare_lead_insert_rows_per_second: floors && Math.round(rows / floors.leadInsert),
      ratio_vs_bare_lead_insert: floors && round(floors.leadInsert / totalSeconds, 3),
      counts_consistent: consistent,
      unit: "rows/s",
    });
  }
  return ok;
}

/**
 * Two floors for the same file: a COPY into a bare table (text columns, no keys: the cost of loading it
 * at all), and one INSERT of those rows into `lead` (its indexes and triggers: the cost any import of
 * leads pays before validating, deduplicating or scoring anything), in a scratch organisation removed after.
 * The bare table (`bench_raw_import`) is left for the import floor; a failed COPY drops it.
 */
async function rawCopy(
  orm: MikroORM,
  path: string,
  organizationId: string,
): Promise<{ copy: number; leadInsert: number } | null> {
  const db = orm.em.fork().getKysely();
  const columns = HEADER.split(",").map((_, i) => `c${i} text`);
  await sql
    .raw(`drop table if exists bench_raw_import; create table bench_raw_import (${columns.join(", ")})`)
    .execute(db);
  try {
    let started = performance.now();
    // A server-side COPY: the embedded PostgreSQL reads the file where the bench wrote it.
    await sql
      .raw(`copy bench_raw_import from '${path.replace(/'/g, "''")}' with (format csv, header true)`)
      .execute(db);
    const copy = (performance.now() - started) / 1000;
    started = performance.now();
    await sql`
      insert into lead (id, organization_id, ${rawLeadColumns}) ${rawRowsAsLeads(organizationId)}`.execute(
      db,
    );
    const leadInsert = (performance.now() - started) / 1000;
    await sql`delete from lead where organization_id = ${organizationId}`.execute(db);
    return { copy, leadInsert };
  } catch (error) {
    progress(
      `raw COPY not possible here (${String(error)}): the database server cannot read the bench's files`,
    );
    await sql`drop table if exists bench_raw_import`.execute(db);
    return null;
  }
}
