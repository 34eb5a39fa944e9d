// Runs once per `vitest run`: one PostgreSQL (embedded, or DATABASE_URL's server) holding a migrated
// template database that each test file clones (CREATE DATABASE ... TEMPLATE) in milliseconds,
// and a Redis for the multi-instance tests.
import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, withClient } from "../src/db/admin.js";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { connectOrm } from "../src/db/orm.js";
import { jobDefinitions } from "../src/jobs/definitions.js";
import { JobQueue } from "../src/jobs/queue.js";
import { createLogger } from "../src/logger.js";
import { bareJobServices } from "./job-services.js";
import { ensureTestRedis } from "./redis.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresBaseUrl: string;
    templateDatabase: string;
    redisUrl: string;
  }
}

/**
 * embedded-postgres installs async-exit-hook, whose 'beforeExit' handler calls process.exit(0): a run
 * whose tests failed (vitest sets process.exitCode = 1 and lets the process end) would exit with 0 and
 * CI would pass. An exit asked for with 0 keeps a failure already recorded.
 */
function keepFailedExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) =>
    exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

/** Splits `postgres://u:p@host:port/db?x` into the server part, to which a database name is appended. */
function serverUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "";
  url.search = "";
  return url.toString().replace(/\/$/, "");
}

export default async function setup(project: TestProject) {
  keepFailedExitCode();
  const dir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), "leadline-test-pg-"));
  const embedded = dir
    ? await startEmbeddedPostgres({ dir, logger: createLogger("warn"), fast: true })
    : undefined;
  const baseUrl = embedded?.baseUrl ?? serverUrl(process.env.DATABASE_URL!);
  const template = `leadline_template_${process.pid}`;
  await withClient(`${baseUrl}/postgres`, (client) =>
    client.query(`drop database if exists "${template}" with (force)`),
  );
  await ensureDatabase(baseUrl, template);
  const orm = await connectOrm({ clientUrl: `${baseUrl}/${template}` });
  // The job queue's schema and queues too, so each cloned database starts with them ready.
  const jobs = new JobQueue({
    clientUrl: `${baseUrl}/${template}`,
    logger: createLogger("warn"),
    work: false,
  });
  // No job runs here (work: false): the queues are only created.
  await jobs.start(jobDefinitions, bareJobServices(orm, createLogger("warn")));
  await jobs.stop();
  await orm.close();
  project.provide("postgresBaseUrl", baseUrl);
  project.provide("templateDatabase", template);
  const redis = await ensureTestRedis();
  project.provide("redisUrl", redis.url);

  return async () => {
    await withClient(`${baseUrl}/postgres`, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "select datname from pg_database where datname like 'test\\_%' or datname = $1",
        [template],
      );
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    });
    await redis.stop();
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
