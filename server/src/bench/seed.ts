import { Faker, en } from "@faker-js/faker";
import { DEFAULT_SCORING_RULES, evaluateScore, Role, type ScorableLead } from "@leadline/shared";
import pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { demoLead } from "../demo/demo-leads.js";
import { hashPassword } from "../modules/auth/password.js";
import { progress, reportErrors, round, sleep } from "./stats.js";

export const BENCH_PASSWORD = "bench-password-not-secret";
const BATCH = 1000;
/** Batches in flight at once, each on its own connection (PostgreSQL's index upkeep is the bottleneck). */
const PARALLEL = 2;
/** Every n-th lead is soft-deleted, so "live leads only" filters something. */
const DELETED_EVERY = 100;

/** A lead the search terms are drawn from. */
export interface SampleLead {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  company: string;
}

export interface Seeded {
  organizationId: string;
  loginEmail: string;
  liveLeads: number;
  samples: SampleLead[];
  load: {
    rows: number;
    seconds: number;
    rows_per_second: number;
    batch_rows: number;
    connections: number;
    vacuum_passes: number;
  };
}

// prettier-ignore
const COLUMNS = [
  "id", "organization_id", "first_name", "last_name", "email", "phone", "job_title", "company", "industry",
  "company_size", "employees", "annual_revenue", "website", "city", "state", "country", "source", "campaign",
  "utm_source", "utm_medium", "utm_campaign", "status", "lost_reason", "score", "grade", "tags", "email_opens",
  "email_clicks", "website_visits", "form_submissions", "last_engagement_at", "do_not_call", "do_not_email",
  "preferred_contact_method", "consent_given", "consent_at", "consent_source", "assigned_to_id", "created_at",
  "updated_at", "deleted_at", "custom_fields", "score_breakdown",
].join(", ");
// One statement per batch: the rows travel as one JSON parameter, typed by the table's own row type.
const INSERT = `insert into lead (${COLUMNS}) select ${COLUMNS} from json_populate_recordset(null::lead, $1::json)`;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function insertUsers(pool: pg.Pool, organizationId: string, count: number): Promise<string[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const ids = Array.from({ length: count }, () => uuidv7());
  for (const [i, id] of ids.entries()) {
    const role = i === 0 ? Role.ADMIN : Role.MEMBER;
    await pool.query(
      "insert into app_user (id, organization_id, email, name, role, password_hash) values ($1, $2, $3, $4, $5, $6)",
      [id, organizationId, `user${i}@bench.example`, `Bench User ${i}`, role, passwordHash],
    );
  }
  return ids;
}

/** One organisation, `users` users (user0 an admin) and `leads` demo leads spread over them (seeded). */
export async function seed(
  databaseUrl: string,
  leads: number,
  users = 8,
  sampleCount = 200,
): Promise<Seeded> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: PARALLEL });
  pool.on("error", reportErrors("seed pool"));
  try {
    const organizationId = uuidv7();
    await pool.query("insert into organization (id, name, slug) values ($1, 'Bench Corp', 'bench')", [
      organizationId,
    ]);
    const userIds = await insertUsers(pool, organizationId, users);
    const faker = new Faker({ locale: [en] });
    faker.seed(20260101);
    const now = new Date();
    const samples: SampleLead[] = [];
    const sampleEvery = Math.max(1, Math.floor(leads / sampleCount));
    // Seeded leads count as checked for duplicates: the every-minute check would otherwise work through
    // them during the other benchmarks (the `duplicates` bench measures it on a sample).
    await pool.query("alter table lead_search alter column duplicates_checked set default true");
    const started = performance.now();
    const inFlight: Promise<unknown>[] = [];
    for (let start = 0; start < leads; start += BATCH) {
      const rows: Record<string, unknown>[] = [];
      for (let i = start; i < Math.min(leads, start + BATCH); i++) {
        const { assigneeIndex, consent, ...lead } = demoLead(faker, now, 365, users);
        const id = uuidv7();
        const deleted = i % DELETED_EVERY === DELETED_EVERY - 1;
        if (!deleted && i % sampleEvery === 0 && samples.length < sampleCount) {
          const { firstName, lastName, email, company } = lead;
          samples.push({ id, firstName, lastName, email, company });
        }
        // Scored as the server scores a new lead: the default rules, through the shared evaluator.
        const { score, grade, breakdown } = evaluateScore(
          DEFAULT_SCORING_RULES,
          { ...lead, consent } as ScorableLead,
          { now: lead.createdAt },
        );
        rows.push({
          ...Object.fromEntries(Object.entries(lead).map(([key, value]) => [snake(key), value])),
          score,
          grade,
          score_breakdown: breakdown,
          id,
          organization_id: organizationId,
          consent_given: consent.given,
          consent_at: consent.at,
          consent_source: consent.source,
          assigned_to_id: assigneeIndex === null ? null : userIds[assigneeIndex],
          deleted_at: deleted ? now : null,
        });
      }
      // Generate the next batch while PostgreSQL inserts the previous ones.
      if (inFlight.length >= PARALLEL) await inFlight.shift();
      inFlight.push(pool.query(INSERT, [JSON.stringify(rows)]));
      if ((start / BATCH) % 20 === 19) progress(`inserted ${start + BATCH} leads`);
    }
    await Promise.all(inFlight);
    await pool.query("alter table lead_search alter column duplicates_checked set default false");
    const seconds = (performance.now() - started) / 1000;
    const vacuumPasses = await vacuum(pool);
    const { rows } = await pool.query<{ live: number }>(
      "select count(*)::int as live from lead where organization_id = $1 and deleted_at is null",
      [organizationId],
    );
    const load = { rows: leads, seconds: round(seconds), rows_per_second: Math.round(leads / seconds) };
    return {
      organizationId,
      loginEmail: "user0@bench.example",
      liveLeads: rows[0]!.live,
      samples,
      load: { ...load, batch_rows: BATCH, connections: PARALLEL, vacuum_passes: vacuumPasses },
    };
  } finally {
    await pool.end();
  }
}

/**
 * VACUUM ANALYZE until every page is all-visible (so counts are index-only, as on a settled table):
 * an autovacuum ANALYZE running meanwhile holds back the horizon and leaves the newest pages out.
 */
async function vacuum(pool: pg.Pool): Promise<number> {
  for (let pass = 1; ; pass++) {
    progress(`VACUUM ANALYZE lead (pass ${pass})`);
    await pool.query("vacuum analyze lead");
    // The search side table and its lexicon grew with the load too; a settled database has statistics
    // for them, and vacuum merges the name index's fast-update list, as autovacuum does.
    await pool.query("vacuum analyze lead_search, lead_search_word");
    const { rows } = await pool.query<{ pages: number; visible: number }>(
      "select relpages as pages, relallvisible as visible from pg_class where relname = 'lead'",
    );
    if (rows[0]!.visible >= rows[0]!.pages || pass === 5) return pass;
    await sleep(1000);
  }
}
