import { roleAtLeast } from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import type { Viewer } from "../auth/viewer.js";
import { hashApiKey } from "./api-key-secret.js";
import { ApiKey } from "./api-key.entity.js";

/** Where and when a key is being used, recorded as its last use. */
export interface KeyUse {
  ip?: string;
  now: Date;
}

// Writing the last use on every request would turn every read into a write: once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The viewer an API key acts as: its creator, with the key's role capped by the creator's current one.
 * Null for an unknown, revoked or expired key, or one whose creator was deactivated.
 */
export async function viewerOfApiKey(em: EntityManager, key: string, use: KeyUse): Promise<Viewer | null> {
  const apiKey = await em.findOne(
    ApiKey,
    { hash: hashApiKey(key), revokedAt: null },
    { populate: ["createdBy", "organization"] },
  );
  if (!apiKey || !apiKey.createdBy.active) return null;
  if (apiKey.expiresAt && apiKey.expiresAt <= use.now) return null;
  const stale =
    !apiKey.lastUsedAt || use.now.getTime() - apiKey.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
  if (stale || (use.ip && use.ip !== apiKey.lastUsedIp))
    await em.nativeUpdate(ApiKey, { id: apiKey.id }, { lastUsedAt: use.now, lastUsedIp: use.ip ?? null });
  const creatorRole = apiKey.createdBy.role;
  return {
    userId: apiKey.createdBy.id,
    organizationId: apiKey.organization.id,
    role: roleAtLeast(creatorRole, apiKey.role) ? apiKey.role : creatorRole,
    apiKey: {
      id: apiKey.id,
      expiresAt: apiKey.expiresAt,
      organizationRequestsPerHour: apiKey.organization.apiRequestsPerHour,
    },
  };
}
