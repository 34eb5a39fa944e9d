import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { startApp, type App } from "../app.js";
import { loadConfig } from "../config.js";
import { ensureDatabase, withClient } from "../db/admin.js";
import { startEmbeddedPostgres } from "../db/embedded-postgres.js";
import type { Logger } from "../logger.js";
import { progress } from "./stats.js";

/** Undo steps, run newest first; each runs even when an earlier one fails. */
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];

  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  async runAll(): Promise<boolean> {
    let ok = true;
    for (const step of this.steps.reverse().splice(0)) {
      try {
        await step.run();
      } catch (error) {
        ok = false;
        progress(`cleanup "${step.name}" failed: ${String(error)}`);
      }
    }
    return ok;
  }
}

export interface BenchEnvironment {
  app: App;
  databaseUrl: string;
  /** "embedded" (fast settings) or "external" (DATABASE_URL's server, a fresh database). */
  mode: "embedded" | "external";
  /** Scratch space, removed afterwards (readable by the embedded PostgreSQL, for server-side COPY). */
  tmpDir: string;
  /** The environment variables the app runs with (for `startAppProcess`). */
  appVars: Record<string, string>;
}

/** Server part of `postgres://u:p@host:port/db?x`, to which a database name is appended. */
function serverUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "";
  url.search = "";
  return url.toString().replace(/\/$/, "");
}

/** Leadline's JSON logs, but on stderr: stdout carries only the benchmark's JSON lines. */
export const stderrLogger = (): Logger =>
  pino({ level: "warn", base: { service: "leadline" } }, pino.destination(2)) as Logger;

/** A fresh database (embedded PostgreSQL, or a new database on DATABASE_URL) and the real app on it. */
export async function startEnvironment(cleanup: Cleanup): Promise<BenchEnvironment> {
  const logger = stderrLogger();
  const tmp = mkdtempSync(join(tmpdir(), "leadline-bench-"));
  chmodSync(tmp, 0o755); // as root, PostgreSQL runs as a `postgres` user that must enter it
  // Last resort when the process is ended early (embedded-postgres' own SIGINT hook exits the process).
  process.once("exit", () => rmSync(tmp, { recursive: true, force: true }));
  cleanup.add("remove temp dir", () => rmSync(tmp, { recursive: true, force: true }));
  const external = process.env.DATABASE_URL?.trim();
  let baseUrl: string;
  if (external) {
    baseUrl = serverUrl(external);
  } else {
    progress("starting embedded PostgreSQL (fast: fsync=off, synchronous_commit=off)");
    const postgres = await startEmbeddedPostgres({ dir: join(tmp, "postgres"), logger, fast: true });
    cleanup.add("stop embedded PostgreSQL", () => postgres.stop());
    baseUrl = postgres.baseUrl;
  }
  const name = `leadline_bench_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(baseUrl, name);
  // BENCH_KEEP_DATABASE=1 leaves the seeded database behind on a DATABASE_URL server, to look into it.
  if (external && process.env.BENCH_KEEP_DATABASE === "1") progress(`keeping database ${name}`);
  else
    cleanup.add(`drop database ${name}`, async () => {
      await withClient(`${baseUrl}/postgres`, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      );
    });
  const databaseUrl = `${baseUrl}/${name}`;
  progress(`starting the app on database ${name} (migrations)`);
  const appVars = {
    DATABASE_URL: databaseUrl,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "warn",
    DEMO_DATA: "0",
    // BENCH_REDIS_URL: the production shape (rate limits and pub/sub on Redis) instead of PostgreSQL.
    REDIS_URL: process.env.BENCH_REDIS_URL ?? "",
    JWT_SECRET: randomBytes(30).toString("base64url"),
    DATA_DIR: join(tmp, "data"),
    // The capture bench measures throughput, not the rate limits (unless asked to).
    CAPTURE_RATE_LIMIT_PER_IP: process.env.CAPTURE_RATE_LIMIT_PER_IP ?? "1000000",
    CAPTURE_RATE_LIMIT_PER_CAMPAIGN: process.env.CAPTURE_RATE_LIMIT_PER_CAMPAIGN ?? "100000000",
    API_RATE_LIMIT_PER_MINUTE: process.env.API_RATE_LIMIT_PER_MINUTE ?? "1000000",
    WEB_RATE_LIMIT_PER_MINUTE: process.env.WEB_RATE_LIMIT_PER_MINUTE ?? "1000000",
  };
  const app = await startApp(loadConfig({ ...process.env, ...appVars }), logger);
  cleanup.add("close app", () => app.close());
  return { app, databaseUrl, mode: external ? "external" : "embedded", tmpDir: tmp, appVars };
}

/** The app running alone in a child process (app-process.ts), on the same database. */
export interface AppProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/**
 * Starts the app in a process of its own, so that a benchmark can measure that process's memory
 * without the bench's own (the seeding, the generated files, the other benchmarks' leftovers).
 */
export async function startAppProcess(vars: Record<string, string>): Promise<AppProcess> {
  const child = fork(new URL("./app-process.js", import.meta.url), {
    // BENCH_APP_NODE_OPTIONS: Node flags for the app process only (heap limits, say), not the bench's.
    env: { ...process.env, ...vars, NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS ?? "" },
    execArgv: [
      "--enable-source-maps",
      ...(process.env.BENCH_APP_PROF ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.BENCH_APP_PROF] : []),
    ],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const [message] = (await Promise.race([
    once(child, "message"),
    once(child, "exit").then(([code]) => {
      throw new Error(`the app process exited (${String(code)}) before listening`);
    }),
  ])) as [{ url: string }];
  return {
    url: message.url,
    pid: child.pid!,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.disconnect();
      await exited;
    },
  };
}
