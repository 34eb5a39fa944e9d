import { type Role } from "@leadline/shared";
import { jwtVerify, SignJWT } from "jose";

const ISSUER = "leadline";

export interface AccessTokenClaims {
  userId: string;
  organizationId: string;
  role: Role;
}

/** Short-lived HS256 JWTs; the role in them is re-checked against the database on every request. */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return new SignJWT({ org: claims.organizationId, role: claims.role })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The claims of a valid, unexpired token, and when it expires; null for anything else. */
  async verify(token: string): Promise<(AccessTokenClaims & { expiresAt: Date }) | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ["HS256"] });
      if (
        typeof payload.sub !== "string" ||
        typeof payload.org !== "string" ||
        typeof payload.role !== "string" ||
        typeof payload.exp !== "number"
      )
        return null;
      return {
        userId: payload.sub,
        organizationId: payload.org,
        role: payload.role as Role,
        expiresAt: new Date(payload.exp * 1000),
      };
    } catch {
      return null;
    }
  }
}
