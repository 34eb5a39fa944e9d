import type { EntityManager } from "../../db/orm.js";
import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";
import { Campaign } from "./campaign.entity.js";

const MAX_TOKEN_LENGTH = 200;

/** The campaign a public token belongs to: its current token, or the previous one until it expires. */
export async function findCampaignByToken(
  em: EntityManager,
  token: string | undefined,
): Promise<Campaign | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  return em.findOne(
    Campaign,
    { $or: [{ publicToken: token }, { previousToken: token, previousTokenExpiresAt: { $gt: new Date() } }] },
    { populate: ["autoAssignTo"] },
  );
}

/**
 * How long a token's campaign is remembered. A change made through the API is applied at once on every
 * instance that shares the pub/sub (CAMPAIGN_CHANGED); a change made behind Leadline's back within this.
 */
export const CAMPAIGN_CACHE_SECONDS = 5;
const MAX_CACHED = 10_000;

/**
 * `findCampaignByToken` remembered for a few seconds, so that a burst of captures does not read the same
 * campaign once per request (unknown tokens are remembered too: a flood of bad tokens costs one read each
 * per interval). Entities handed out are shared: read them, write through references.
 */
export class CampaignTokenCache {
  private readonly entries = new Map<string, { campaign: Campaign | null; expiresAt: number }>();

  constructor(
    pubSub: LeadlinePubSub,
    private readonly now: () => number = Date.now,
  ) {
    void this.forgetOnChange(pubSub);
  }

  /** `em` is called for a read only: a fork per request was 3% of the app thread at 500 req/s. */
  async find(em: () => EntityManager, token: string | undefined): Promise<Campaign | null> {
    if (!token || token.length > MAX_TOKEN_LENGTH) return null;
    const cached = this.entries.get(token);
    if (cached && cached.expiresAt > this.now()) return cached.campaign;
    const campaign = await findCampaignByToken(em(), token);
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    this.entries.set(token, { campaign, expiresAt: this.now() + CAMPAIGN_CACHE_SECONDS * 1000 });
    return campaign;
  }

  private async forgetOnChange(pubSub: LeadlinePubSub): Promise<void> {
    // Any change clears everything: changes are rare, and a new token may have been cached as unknown.
    for await (const _change of pubSub.subscribe(Topic.CAMPAIGN_CHANGED)) this.entries.clear();
  }
}
