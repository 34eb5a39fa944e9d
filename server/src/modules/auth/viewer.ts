import type { Role } from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import { viewerOfApiKey, type KeyUse } from "../api-keys/api-key-auth.js";
import { isApiKey } from "../api-keys/api-key-secret.js";
import { User } from "../users/user.entity.js";
import type { AccessTokens } from "./access-token.js";

/** The signed-in user a request acts for. Every query is scoped to `organizationId`. */
export interface Viewer {
  userId: string;
  organizationId: string;
  role: Role;
  /** Set when the request authenticated with an API key rather than a user's session. */
  apiKey?: { id: string; expiresAt: Date | null; organizationRequestsPerHour: number | null };
  /** Set when the request authenticated with a user's access token: when that token stops being valid. */
  sessionExpiresAt?: Date;
}

/**
 * Resolves `Bearer <token>` (an access token or an API key) to a viewer. The user is re-read so that a deactivated user or a changed
 * role takes effect at once, not when the token expires.
 */
export async function resolveViewer(
  em: EntityManager,
  tokens: AccessTokens,
  authorization: unknown,
  use: KeyUse = { now: new Date() },
): Promise<Viewer | null> {
  if (typeof authorization !== "string") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) return null;
  if (isApiKey(match[1])) return viewerOfApiKey(em, match[1], use);
  const claims = await tokens.verify(match[1]);
  if (!claims) return null;
  const user = await em.findOne(User, {
    id: claims.userId,
    organization: claims.organizationId,
    active: true,
  });
  return user
    ? {
        userId: user.id,
        organizationId: claims.organizationId,
        role: user.role,
        sessionExpiresAt: claims.expiresAt,
      }
    : null;
}
