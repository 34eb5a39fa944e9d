// Runs autocannon against the capture API on its own thread (the app keeps its event loop to itself).
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

export interface CaptureWorkerInput {
  url: string;
  headers: Record<string, string>;
  /** The JSON body, with `[<id>]` where each request gets a unique id (its email). */
  body: string;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; undefined: saturation. */
  rate: number | undefined;
}

export interface CaptureWorkerOutput {
  seconds: number;
  created: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latenciesMs: Float64Array;
}

const input = workerData as CaptureWorkerInput;
const latencies: number[] = [];
const runId = `${process.pid}-${Date.now().toString(36)}`;
let sequence = 0;
const instance = autocannon({
  url: input.url,
  method: "POST",
  headers: input.headers,
  // A body per request (autocannon sets its Content-Length), each with an email of its own.
  requests: [
    {
      setupRequest: (request) => ({
        ...request,
        body: input.body.replace("[<id>]", `${runId}-${sequence++}`),
      }),
    },
  ],
  connections: input.connections,
  duration: input.seconds,
  ...(input.rate && { overallRate: input.rate }),
});
instance.on("response", (_client, status, _bytes, ms) => void (status === 201 && latencies.push(ms)));
const result = await instance;
const output: CaptureWorkerOutput = {
  seconds: result.duration,
  created: result["2xx"],
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  latenciesMs: Float64Array.from(latencies),
};
parentPort!.postMessage(output);
