import { Redis } from "ioredis";
import pg from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

/** Where the counters live: Redis when REDIS_URL is set, else the `rate_limit` table in PostgreSQL. */
export interface RateLimiterStoreOptions {
  databaseUrl: string;
  redisUrl: string | undefined;
}

/** Makes limiters that every instance shares through one store. */
export interface RateLimiterFactory {
  /** `points` per `durationSeconds` for each key, under `keyPrefix` (one prefix per kind of limit). */
  limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract;
  close(): Promise<void>;
}

export function createRateLimiterFactory(store: RateLimiterStoreOptions): RateLimiterFactory {
  // If the shared store fails, each instance falls back to counting in its own memory: per-instance
  // limits for the outage rather than refusing every request.
  const insurance = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterMemory({ keyPrefix, points, duration });
  if (store.redisUrl) {
    // No offline queue and one retry: while Redis is down a command fails at once (and the insurance
    // limiter answers) instead of waiting for a reconnect.
    const redis = new Redis(store.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on("error", () => {}); // reconnects on its own; the insurance limiter covers the gap
    return {
      limiter: (keyPrefix, points, duration) =>
        new RateLimiterRedis({
          storeClient: redis,
          rejectIfRedisNotReady: true,
          keyPrefix,
          points,
          duration,
          insuranceLimiter: insurance(keyPrefix, points, duration),
        }),
      close: async () => void redis.disconnect(),
    };
  }
  // A small pool of its own: a burst of requests must not queue behind the ORM's pool. Its commits do
  // not wait for the disk: every request of a campaign updates the same counter row, and a count lost
  // in a crash costs nothing, while a flush per request serialised on that row would.
  const pool = new pg.Pool({
    connectionString: store.databaseUrl,
    max: 4,
    options: "-c synchronous_commit=off",
  });
  pool.on("error", () => {}); // an idle client's failure; the next query reconnects
  return {
    limiter: (keyPrefix, points, duration) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: "rate_limit",
        tableCreated: true, // the migrations create it
        keyPrefix,
        points,
        duration,
        insuranceLimiter: insurance(keyPrefix, points, duration),
      }),
    close: () => pool.end(),
  };
}

/** A limiter's verdict on one request: what the RateLimit-* headers report. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  /** Whether this request went over the limit. */
  limited: boolean;
}

interface Waiter {
  resolve(state: RateLimitState): void;
  reject(error: unknown): void;
}

/** Per limiter and key, the requests waiting for the call in flight to finish (then they go as one). */
const waitingByLimiter = new WeakMap<RateLimiterAbstract, Map<string, Waiter[]>>();

/**
 * Counts one request for `key`; over the limit is a state with `limited`, not an exception.
 * Requests for a key that arrive while its count is being updated go together in the next update, as
 * one consume of as many points (a campaign's or an organisation's key is hit by every request, and an
 * update per request was a store round trip each). The counts are exact: each request learns its own
 * place in the window, and those past the limit are refused, as one by one.
 */
export function consumePoint(limiter: RateLimiterAbstract, key: string): Promise<RateLimitState> {
  let waitingByKey = waitingByLimiter.get(limiter);
  if (!waitingByKey) waitingByLimiter.set(limiter, (waitingByKey = new Map()));
  const keys = waitingByKey;
  return new Promise((resolve, reject) => {
    const waiting = keys.get(key);
    if (waiting) return void waiting.push({ resolve, reject });
    keys.set(key, []);
    void consumeInTurns(limiter, keys, key, [{ resolve, reject }]);
  });
}

async function consumeInTurns(
  limiter: RateLimiterAbstract,
  keys: Map<string, Waiter[]>,
  key: string,
  group: Waiter[],
): Promise<void> {
  for (;;) {
    try {
      const states = await consumePoints(limiter, key, group.length);
      group.forEach((waiter, index) => waiter.resolve(states[index]!));
    } catch (error) {
      for (const waiter of group) waiter.reject(error);
    }
    const next = keys.get(key) ?? [];
    if (next.length === 0) return void keys.delete(key);
    keys.set(key, []);
    group = next;
  }
}

/** `count` requests for `key` in one consume: each one's state, in order. */
export async function consumePoints(limiter: RateLimiterAbstract, key: string, count: number) {
  let res: RateLimiterRes;
  try {
    res = await limiter.consume(key, count);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    res = rejection;
  }
  const before = res.consumedPoints - count;
  return Array.from({ length: count }, (_, index): RateLimitState => {
    const counted = before + index + 1;
    return {
      limit: limiter.points,
      remaining: Math.max(0, limiter.points - counted),
      resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
      limited: counted > limiter.points,
    };
  });
}
