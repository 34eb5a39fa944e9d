import type { Opt } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { v7 as uuidv7 } from "uuid";
import { User } from "../users/user.entity.js";

/**
 * One issued refresh token. Tokens rotate: each use revokes the token and issues the next one in the
 * same family; presenting a revoked token again (a stolen copy) revokes the whole family.
 */
@Entity({ tableName: "refresh_token" })
@Index({ properties: ["familyId"] })
export class RefreshToken {
  @PrimaryKey({ type: "uuid" })
  id: string = uuidv7();

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "uuid" })
  familyId!: string;

  /** SHA-256 of the secret part; the secret itself is never stored. */
  @Property({ type: "text" })
  tokenHash!: string;

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  revokedAt: Opt<Date> | null = null;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Opt<Date> = new Date();
}
