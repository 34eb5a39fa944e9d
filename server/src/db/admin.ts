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
