// The few parts of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export interface RequestParams {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  export interface Options {
    url: string;
    method?: "GET" | "POST";
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds per request. */
    timeout?: number;
    /** Requests per second over all connections (unset: as fast as they answer). */
    overallRate?: number;
    /** Per-request hooks; `setupRequest` may change the body of each request. */
    requests?: { setupRequest?: (request: RequestParams) => RequestParams }[];
    /** false: the response counts as a mismatch. */
    verifyBody?: (body: string) => boolean;
  }

  /** The raw result, as autocannon returns it outside its main thread. */
  export interface Result {
    /** Seconds. */
    duration: number;
    totalCompletedRequests: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    "2xx": number;
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void,
    ): this;
  }

  export default function autocannon(options: Options): Instance;
}
