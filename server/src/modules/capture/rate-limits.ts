import { Redis } from "ioredis";
import pg from "pg";
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import type { CaptureConfig } from "../../config.js";
import { CaptureError, CaptureErrorKind } from "./capture-errors.js";

/** The capture channels' rate limits, shared by every instance (PostgreSQL, or Redis when REDIS_URL is set). */
export interface CaptureLimits {
  /** Counts one request from `ip`; throws RATE_LIMITED (429 with Retry-After) past the limit. */
  consumeIp(ip: string): Promise<void>;
  /** Counts one lead for `campaignId`; throws RATE_LIMITED past the limit. */
  consumeCampaign(campaignId: string): Promise<void>;
  close(): Promise<void>;
}

export function createCaptureLimits(
  config: CaptureConfig,
  store: { databaseUrl: string; redisUrl: string | undefined },
): CaptureLimits {
  let close: () => Promise<void>;
  let make: (keyPrefix: string, points: number, duration: number) => RateLimiterAbstract;
  if (store.redisUrl) {
    const redis = new Redis(store.redisUrl, { maxRetriesPerRequest: 2 });
    make = (keyPrefix, points, duration) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration });
    close = async () => void redis.disconnect();
  } else {
    // A small pool of its own: a burst of capture requests must not queue behind the ORM's pool.
    const pool = new pg.Pool({ connectionString: store.databaseUrl, max: 4 });
    make = (keyPrefix, points, duration) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: "rate_limit",
        tableCreated: true, // the migrations create it
        keyPrefix,
        points,
        duration,
      });
    close = () => pool.end();
  }
  const perIp = make("capture_ip", config.ratePerIpPerMinute, 60);
  const perCampaign = make("capture_campaign", config.ratePerCampaignPerHour, 3600);
  return {
    consumeIp: (ip) => consume(perIp, ip, "IP_RATE_LIMIT", "Too many requests from this address"),
    consumeCampaign: (id) =>
      consume(perCampaign, id, "CAMPAIGN_RATE_LIMIT", "This campaign has received too many leads this hour"),
    close: () => close(),
  };
}

async function consume(
  limiter: RateLimiterAbstract,
  key: string,
  code: string,
  message: string,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new CaptureError(
      429,
      CaptureErrorKind.RATE_LIMITED,
      code,
      `${message}; retry in ${retryAfter} s`,
      null,
      {
        "Retry-After": String(retryAfter),
      },
    );
  }
}
