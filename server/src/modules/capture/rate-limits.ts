import type { CaptureConfig } from "../../config.js";
import { consumePoint, type RateLimiterFactory } from "../../http/rate-limiter.js";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { CaptureError, CaptureErrorKind } from "./capture-errors.js";

/** The capture channels' rate limits, shared by every instance (PostgreSQL, or Redis when REDIS_URL is set). */
export interface CaptureLimits {
  /** Counts one request from `ip`; throws RATE_LIMITED (429 with Retry-After) past the limit. */
  consumeIp(ip: string): Promise<void>;
  /** Counts one lead for `campaignId`; throws RATE_LIMITED past the limit. */
  consumeCampaign(campaignId: string): Promise<void>;
}

export function createCaptureLimits(config: CaptureConfig, limiters: RateLimiterFactory): CaptureLimits {
  const perIp = limiters.limiter("capture_ip", config.ratePerIpPerMinute, 60);
  const perCampaign = limiters.limiter("capture_campaign", config.ratePerCampaignPerHour, 3600);
  return {
    consumeIp: (ip) => consume(perIp, ip, "IP_RATE_LIMIT", "Too many requests from this address"),
    consumeCampaign: (id) =>
      consume(perCampaign, id, "CAMPAIGN_RATE_LIMIT", "This campaign has received too many leads this hour"),
  };
}

async function consume(
  limiter: RateLimiterAbstract,
  key: string,
  code: string,
  message: string,
): Promise<void> {
  const state = await consumePoint(limiter, key);
  if (!state.limited) return;
  throw new CaptureError(
    429,
    CaptureErrorKind.RATE_LIMITED,
    code,
    `${message}; retry in ${state.resetSeconds} s`,
    null,
    { "Retry-After": String(state.resetSeconds) },
  );
}
