import type { CaptureConfig } from "../../config.js";
import {
  consumePoint,
  consumePoints,
  type RateLimiterFactory,
  type RateLimitState,
} from "../../http/rate-limiter.js";
import { CaptureError, CaptureErrorKind } from "./capture-errors.js";

/** The capture channels' rate limits, shared by every instance (PostgreSQL, or Redis when REDIS_URL is set). */
export interface CaptureLimits {
  /** Counts one request from `ip`; throws RATE_LIMITED (429 with Retry-After) past the limit. */
  consumeIp(ip: string): Promise<void>;
  /**
   * Counts `count` leads for `campaignId` in one store update (a capture batch's): each one's RATE_LIMITED
   * refusal past the limit, or null, in order.
   */
  consumeCampaign(campaignId: string, count: number): Promise<(CaptureError | null)[]>;
}

export function createCaptureLimits(config: CaptureConfig, limiters: RateLimiterFactory): CaptureLimits {
  const perIp = limiters.limiter("capture_ip", config.ratePerIpPerMinute, 60);
  const perCampaign = limiters.limiter("capture_campaign", config.ratePerCampaignPerHour, 3600);
  return {
    consumeIp: async (ip) => {
      const refusal = refusalOf(
        await consumePoint(perIp, ip),
        "IP_RATE_LIMIT",
        "Too many requests from this address",
      );
      if (refusal) throw refusal;
    },
    consumeCampaign: async (id, count) =>
      (await consumePoints(perCampaign, id, count)).map((state) =>
        refusalOf(state, "CAMPAIGN_RATE_LIMIT", "This campaign has received too many leads this hour"),
      ),
  };
}

function refusalOf(state: RateLimitState, code: string, message: string): CaptureError | null {
  if (!state.limited) return null;
  return new CaptureError(
    429,
    CaptureErrorKind.RATE_LIMITED,
    code,
    `${message}; retry in ${state.resetSeconds} s`,
    null,
    { "Retry-After": String(state.resetSeconds) },
  );
}
