import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Role } from "@leadline/shared";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";

@ObjectType({
  description:
    "A secret an integration sends as `Authorization: Bearer <key>`. It acts for its creator with its own role (never broader than the creator's).",
})
@Entity({ tableName: "api_key" })
@Index({ properties: ["organization", "createdAt"] })
export class ApiKey extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field({ description: "What the key is for, e.g. HubSpot sync." })
  @Property({ type: "text" })
  name!: string;

  @Field(() => Role, { description: "What the key may do: at most its creator's role." })
  @Enum({ items: () => Role, nativeEnumName: "user_role" })
  role!: Role;

  @Field({ description: "The key's first characters (ll_key_ and six more), to recognise it." })
  @Property({ type: "text" })
  hint!: string;

  /** SHA-256 of the key (hex): the key itself is never stored. */
  @Property({ type: "text", hidden: true })
  @Unique()
  hash!: string;

  @ManyToOne(() => User, { deleteRule: "cascade" })
  createdBy!: User;

  @Field(() => Date, { nullable: true, description: "When the key stops working; null: never." })
  @Property({ type: "datetime", nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: "When the key was revoked; a revoked key is refused." })
  @Property({ type: "datetime", nullable: true })
  revokedAt: Opt<Date> | null = null;

  @Field(() => Date, { nullable: true, description: "When the key was last used (to the minute)." })
  @Property({ type: "datetime", nullable: true })
  lastUsedAt: Opt<Date> | null = null;

  @Field(() => String, { nullable: true, description: "The IP address the key was last used from." })
  @Property({ type: "text", nullable: true })
  lastUsedIp: Opt<string> | null = null;
}
