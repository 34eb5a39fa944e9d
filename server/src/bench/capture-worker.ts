// Drives the capture API from its own thread (the app keeps its event loop to itself): an evenly paced
// open-loop generator at fixed rates, autocannon at saturation.
import { request as httpRequest, Agent } from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";
import { benchPeople, capturePayload } from "./capture-people.js";
import { paceCalls } from "./stats.js";

export interface CaptureWorkerInput {
  url: string;
  headers: Record<string, string>;
  /** Each request's body is a new person's submission to this campaign (see benchPeople). */
  campaignId: string;
  /** Seeds the people: each run's own, so that no two runs submit the same person. */
  seed: number;
  /** Saturation's connections (autocannon: each sends its next request once answered). */
  connections: number;
  /** The paced generator's cap on open sockets. */
  maxSockets: number;
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

const TIMEOUT_MS = 10_000;
const input = workerData as CaptureWorkerInput;
const runId = `${process.pid}-${Date.now().toString(36)}`;
const nextPerson = benchPeople(input.seed, runId);
const nextBody = () => JSON.stringify(capturePayload(input.campaignId, nextPerson()));

/**
 * Request i is due at start + i/rate and its latency counts from then, so a server that falls behind is
 * charged for the wait (no coordinated omission). autocannon's own rate limit is no use here: each
 * connection sends its per-second budget back to back at the top of every second, so its latencies
 * measure how long a burst takes to drain, not a steady rate.
 */
async function paced(rate: number): Promise<CaptureWorkerOutput> {
  const agent = new Agent({ keepAlive: true, maxSockets: input.maxSockets });
  const url = new URL(input.url);
  const counts = { created: 0, errors: 0, timeouts: 0, non2xx: 0 };
  const latencies: number[] = [];
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const body = nextBody();
      const request = httpRequest(
        url,
        {
          method: "POST",
          agent,
          headers: { ...input.headers, "content-length": Buffer.byteLength(body) },
          timeout: TIMEOUT_MS,
        },
        (response) => {
          response.resume();
          response.once("end", () => {
            if (response.statusCode === 201) {
              counts.created++;
              latencies.push(performance.now() - due);
            } else counts.non2xx++;
            resolve();
          });
        },
      );
      let timedOut = false;
      request.once("timeout", () => {
        timedOut = true;
        request.destroy();
      });
      request.once("error", () => {
        counts[timedOut ? "timeouts" : "errors"]++;
        resolve();
      });
      request.end(body);
    });
  const seconds = await paceCalls(rate, input.seconds, send);
  agent.destroy();
  return {
    seconds,
    ...counts,
    latenciesMs: Float64Array.from(latencies),
  };
}

async function saturate(): Promise<CaptureWorkerOutput> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: input.url,
    method: "POST",
    headers: input.headers,
    // A body per request (autocannon sets its Content-Length), each from a person of its own.
    requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
    connections: input.connections,
    duration: input.seconds,
    timeout: TIMEOUT_MS / 1000,
  });
  instance.on("response", (_client, status, _bytes, ms) => void (status === 201 && latencies.push(ms)));
  const result = await instance;
  return {
    seconds: result.duration,
    created: result["2xx"],
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latenciesMs: Float64Array.from(latencies),
  };
}

parentPort!.postMessage(await (input.rate ? paced(input.rate) : saturate()));
