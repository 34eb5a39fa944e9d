// Runs autocannon on its own thread, so the load generator does not share the app's event loop.
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

export interface LoadWorkerInput {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface LoadWorkerOutput {
  seconds: number;
  ok: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 200 responses whose body held GraphQL `errors`. */
  graphqlErrors: number;
  latenciesMs: Float64Array;
}

const input = workerData as LoadWorkerInput;
const run = (seconds: number, latencies?: number[]) => {
  const instance = autocannon({
    url: input.url,
    method: "POST",
    headers: input.headers,
    body: input.body,
    connections: input.connections,
    duration: seconds,
    verifyBody: (body) => !body.includes('"errors"'),
  });
  if (latencies)
    instance.on("response", (_client, status, _bytes, ms) => void (status === 200 && latencies.push(ms)));
  return instance;
};

await run(input.warmupSeconds);
const latencies: number[] = [];
const result = await run(input.seconds, latencies);
const output: LoadWorkerOutput = {
  seconds: result.duration,
  ok: result["2xx"],
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  graphqlErrors: result.mismatches,
  latenciesMs: Float64Array.from(latencies),
};
parentPort!.postMessage(output);
