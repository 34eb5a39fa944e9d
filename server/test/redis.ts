import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createConnection, createServer } from "node:net";

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

/** True when a Redis answers PING at host:port. */
function answersPing(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The Redis the multi-instance tests use: REDIS_URL when set, else one on 127.0.0.1:6379, else a
 * `redis-server` this run starts. With none of these the run fails: a Redis test is never skipped.
 */
export async function ensureTestRedis(): Promise<TestRedis> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  if (await answersPing("127.0.0.1", 6379)) return { url: "redis://127.0.0.1:6379", stop: async () => {} };
  if (spawnSync("redis-server", ["--version"]).error)
    throw new Error(
      "The multi-instance tests need Redis: set REDIS_URL, run one on 127.0.0.1:6379, or install redis-server (apt-get install -y redis-server).",
    );
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  for (let attempt = 0; attempt < 50 && !(await answersPing("127.0.0.1", port)); attempt++)
    await new Promise((r) => setTimeout(r, 100));
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill();
    },
  };
}
