import { createHmac, timingSafeEqual } from "node:crypto";
import type { Viewer } from "../auth/viewer.js";

/** How long a download link works: long enough to click, short enough not to matter if it leaks. */
export const DOWNLOAD_LINK_SECONDS = 15 * 60;

interface LinkClaims {
  /** The path (without query) the link opens. */
  p: string;
  /** What the request asks for (e.g. an export's filter), signed with it so it cannot be changed. */
  d?: Record<string, unknown>;
  u: string;
  o: string;
  e: number;
}

const sign = (secret: string, body: string) =>
  createHmac("sha256", `download:${secret}`).update(body).digest("base64url");

/**
 * A link a browser can open without an Authorization header (a file download): the path plus a token
 * signed with the server's secret, naming the user and expiring soon. The user is re-checked on use.
 */
export function downloadLink(
  secret: string,
  viewer: Viewer,
  path: string,
  data?: Record<string, unknown>,
  now = new Date(),
): { url: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_SECONDS * 1000);
  const claims: LinkClaims = {
    p: path,
    d: data,
    u: viewer.userId,
    o: viewer.organizationId,
    e: expiresAt.getTime(),
  };
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const params = new URLSearchParams({ token: `${body}.${sign(secret, body)}` });
  return { url: `${path}?${params}`, expiresAt };
}

/** The user and organisation of a valid, unexpired link token for `path`; null otherwise. */
export function verifyDownloadToken(
  secret: string,
  token: unknown,
  path: string,
  now = new Date(),
): { userId: string; organizationId: string; data: Record<string, unknown> } | null {
  if (typeof token !== "string") return null;
  const [body, signature] = token.split(".");
  if (!body || !signature) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as LinkClaims;
    if (claims.p !== path || claims.e < now.getTime()) return null;
    return { userId: claims.u, organizationId: claims.o, data: claims.d ?? {} };
  } catch {
    return null;
  }
}
