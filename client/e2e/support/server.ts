import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { REPO_ROOT, SERVER_ENTRY } from "./paths.js";

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes its data directory. */
  stop(): Promise<void>;
  /** Stops the server, runs `whileDown`, and starts it again on the same port and data (a deploy, a crash). */
  restart(whileDown?: () => Promise<unknown>): Promise<void>;
}

// One per test run: a restarted server keeps accepting the sessions it signed before.
const JWT_SECRET = randomBytes(32).toString("hex");

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") throw new Error("No TCP port was assigned");
  return address.port;
}

/**
 * Starts the production server (`node server/dist/main.js`) with the demo organisation on the given
 * database, and resolves once `GET /readyz` answers 200. Its output is kept for the error message.
 */
export async function startServer({
  databaseUrl,
  env = {},
}: {
  databaseUrl: string;
  /** Settings of this server's own (a rate limit a test runs into, say). */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "leadline-e2e-"));
  const url = `http://127.0.0.1:${port}`;
  let running = await launch(databaseUrl, port, dataDir, env);
  const stop = async () => {
    await running.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await running.ready(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    stop,
    restart: async (whileDown) => {
      await running.stop();
      await whileDown?.();
      running = await launch(databaseUrl, port, dataDir, env);
      await running.ready(url);
    },
  };
}

/** One run of the server process: `ready` waits for `/readyz` (or throws with its output), `stop` ends it. */
async function launch(databaseUrl: string, port: number, dataDir: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DEMO_DATA: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      JWT_SECRET,
      // A browser test clicks ten times faster than a person: the API budgets (tested on their own in
      // server/src/http/rate-limits.test.ts and e2e/rate-limits.test.ts) would throttle the test, not the app.
      API_RATE_LIMIT_PER_MINUTE: "100000",
      WEB_RATE_LIMIT_PER_MINUTE: "100000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    }
  };
  const ready = async (url: string) => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      const up = await fetch(`${url}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return;
      await sleep(250);
    }
    await stop();
    throw new Error(`The server did not become ready (exit code ${child.exitCode}). Its output:\n${output}`);
  };
  return { stop, ready };
}
