import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { normalizeEmail } from "@leadline/shared";
import { v7 as uuidv7 } from "uuid";
import type { Config } from "../../config.js";
import type { EntityManager } from "../../db/orm.js";
import { badInput, unauthenticated } from "../../graphql/errors.js";
import { User } from "../users/user.entity.js";
import type { AccessTokens } from "./access-token.js";
import type { AuthPayload, LoginInput } from "./auth.types.js";
import { decoyPasswordHash, verifyPassword } from "./password.js";
import { RefreshToken } from "./refresh-token.entity.js";

const MAX_PASSWORD_LENGTH = 1024;
const sha256 = (text: string) => createHash("sha256").update(text).digest();

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: AccessTokens,
    private readonly config: Pick<Config, "refreshTokenTtlDays">,
  ) {}

  /** Signs in by email and password. Wrong email and wrong password get the same answer, in the same time. */
  async login(input: LoginInput): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    if (input.password.length > MAX_PASSWORD_LENGTH)
      throw badInput("password", `must be at most ${MAX_PASSWORD_LENGTH} characters`);
    const candidates = email
      ? await this.em.find(
          User,
          {
            email,
            active: true,
            ...(input.organizationSlug && { organization: { slug: input.organizationSlug } }),
          },
          { populate: ["passwordHash", "organization"] },
        )
      : [];
    if (candidates.length === 0) {
      await verifyPassword(await decoyPasswordHash(), input.password);
      throw unauthenticated("Email or password is wrong");
    }
    const matches: User[] = [];
    for (const user of candidates)
      if (await verifyPassword(user.passwordHash, input.password)) matches.push(user);
    if (matches.length > 1)
      throw badInput("organizationSlug", "is needed: this account exists in several organisations");
    const [user] = matches;
    if (!user) throw unauthenticated("Email or password is wrong");
    return this.issueSession(user, uuidv7());
  }

  /** Ends the session a refresh token belongs to: every token of its family stops working. */
  async logout(presented: string): Promise<void> {
    const token = await this.findToken(presented);
    if (token)
      await this.em.nativeUpdate(
        RefreshToken,
        { familyId: token.familyId, revokedAt: null },
        { revokedAt: new Date() },
      );
  }

  /** Trades a refresh token for a new session. A token used twice revokes its whole family (theft). */
  async refresh(presented: string): Promise<AuthPayload> {
    const token = await this.findToken(presented);
    if (!token) throw unauthenticated("Session expired: sign in again");
    const claimed = await this.em.nativeUpdate(
      RefreshToken,
      { id: token.id, revokedAt: null },
      { revokedAt: new Date() },
    );
    if (claimed === 0) {
      await this.em.nativeUpdate(
        RefreshToken,
        { familyId: token.familyId, revokedAt: null },
        { revokedAt: new Date() },
      );
      throw unauthenticated("Session expired: sign in again");
    }
    if (token.expiresAt < new Date() || !token.user.active)
      throw unauthenticated("Session expired: sign in again");
    return this.issueSession(token.user, token.familyId);
  }

  /** The stored token a presented `<id>.<secret>` names, if the secret matches; revoked ones included. */
  private async findToken(presented: string): Promise<RefreshToken | null> {
    const [id, secret] = presented.split(".");
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const token = await this.em.findOne(RefreshToken, { id }, { populate: ["user"] });
    return token && timingSafeEqual(sha256(secret), Buffer.from(token.tokenHash, "hex")) ? token : null;
  }

  private async issueSession(user: User, familyId: string): Promise<AuthPayload> {
    const secret = randomBytes(32).toString("base64url");
    const refresh = this.em.create(RefreshToken, {
      user,
      familyId,
      tokenHash: sha256(secret).toString("hex"),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    await this.em.persist(refresh).flush();
    const accessToken = await this.tokens.sign({
      userId: user.id,
      organizationId: user.organization.id,
      role: user.role,
    });
    return { accessToken, refreshToken: `${refresh.id}.${secret}`, user };
  }
}
