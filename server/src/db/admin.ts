import pg from "pg";

/** Runs `work` on a short-lived connection (database creation cannot run inside a pool's transaction). */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` unless it exists, optionally as a copy of `template`. */
export async function ensureDatabase(baseUrl: string, name: string, template?: string): Promise<void> {
  await withClient(`${baseUrl}/postgres`, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (rowCount === 0) {
      const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
      await client.query(`create database ${quote(name)}${template ? ` template ${quote(template)}` : ""}`);
    }
  });
}

/** Lock keys of the start-up steps that must not run on two instances at once. */
export const StartupLock = { MIGRATIONS: 7_410_001, DEMO_DATA: 7_410_002 } as const;

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so that several instances starting together
 * take turns (e.g. only one applies migrations; the others then find nothing pending).
 */
export async function withAdvisoryLock<T>(url: string, key: number, work: () => Promise<T>): Promise<T> {
  return withClient(url, async (client) => {
    await client.query("select pg_advisory_lock($1)", [key]);
    try {
      return await work();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [key]);
    }
  });
}
