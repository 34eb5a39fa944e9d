import type { EntityManager } from "../../db/orm.js";
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
