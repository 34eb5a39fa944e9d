import { join } from "node:path";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { ensureDatabase } from "./admin.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { connectOrm, type MikroORM } from "./orm.js";

export interface Database {
  orm: MikroORM;
  clientUrl: string;
  /** True when Leadline started its own PostgreSQL (no DATABASE_URL). */
  embedded: boolean;
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = "leadline";

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR, and applies migrations.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dir: join(config.dataDir, "postgres"), logger });
  try {
    if (embedded) await ensureDatabase(embedded.baseUrl, EMBEDDED_DATABASE);
    const clientUrl = config.databaseUrl ?? `${embedded!.baseUrl}/${EMBEDDED_DATABASE}`;
    const orm = await connectOrm({ clientUrl });
    logger.info({ embedded: Boolean(embedded) }, "database ready, migrations applied");
    return {
      orm,
      clientUrl,
      embedded: Boolean(embedded),
      isReady: async () => {
        await orm.em.fork().execute("select 1");
        return (await orm.migrator.getPending()).length === 0;
      },
      close: async () => {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
