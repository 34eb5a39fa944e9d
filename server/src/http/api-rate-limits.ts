import type { RateLimiterAbstract } from "rate-limiter-flexible";
import type { ApiConfig } from "../config.js";
import type { Viewer } from "../modules/auth/viewer.js";
import { consumePoint, type RateLimiterFactory, type RateLimitState } from "./rate-limiter.js";

/**
 * The GraphQL API's budgets: per minute for each person, API key or signed-out IP address (people have a
 * budget of their own, sized for the web app), and per organisation per hour for API keys.
 */
export interface ApiLimits {
  /** Counts one request (or WebSocket subscribe) and says how much budget is left. */
  consume(viewer: Viewer | null, ip: string): Promise<RateLimitState>;
}

export function createApiLimits(config: ApiConfig, limiters: RateLimiterFactory): ApiLimits {
  const perPrincipal = limiters.limiter("api_principal", config.ratePerPrincipalPerMinute, 60);
  const perUser = limiters.limiter("api_user", config.ratePerUserPerMinute, 60);
  // One limiter per distinct hourly budget, all on one key prefix: an organisation whose budget changes
  // keeps its count.
  const perOrganization = new Map<number, RateLimiterAbstract>();
  const organizationLimiter = (points: number) => {
    let limiter = perOrganization.get(points);
    if (!limiter) perOrganization.set(points, (limiter = limiters.limiter("api_org", points, 3600)));
    return limiter;
  };
  return {
    async consume(viewer, ip) {
      // People using the web app are held to their own per-minute budget only: the organisation's hourly
      // one is for integrations (a team's live screens would spend 1,000 requests in minutes).
      if (viewer && !viewer.apiKey) return consumePoint(perUser, viewer.userId);
      const apiKey = viewer?.apiKey;
      const own = await consumePoint(perPrincipal, apiKey ? `key:${apiKey.id}` : `ip:${ip}`);
      if (!viewer || !apiKey || own.limited) return own;
      const hourly = apiKey.organizationRequestsPerHour ?? config.ratePerOrganizationPerHour;
      return tighter(own, await consumePoint(organizationLimiter(hourly), viewer.organizationId));
    },
  };
}

/** The state a client should be told about: the one that refused, else the one with less left. */
function tighter(a: RateLimitState, b: RateLimitState): RateLimitState {
  if (a.limited !== b.limited) return a.limited ? a : b;
  return a.remaining <= b.remaining ? a : b;
}

/** The standard headers (IETF RateLimit fields) for an answer, plus Retry-After when refused. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
    ...(state.limited && { "Retry-After": String(state.resetSeconds) }),
  };
}
