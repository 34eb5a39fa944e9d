import { Collection, type Opt } from "@mikro-orm/core";
import { Entity, Enum, ManyToMany, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Role } from "@leadline/shared";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { Team } from "./team.entity.js";

@ObjectType({ description: "A person who signs in to Leadline." })
@Entity({ tableName: "app_user" })
@Unique({ properties: ["organization", "email"] })
export class User extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" })
  organization!: Organization;

  @Field({ description: "Sign-in email, lower-case, unique within the organisation." })
  @Property({ type: "text" })
  email!: string;

  @Field({ description: "Full name as shown to colleagues." })
  @Property({ type: "text" })
  name!: string;

  @Field(() => Role, { description: "What the user may do." })
  @Enum({ items: () => Role, nativeEnumName: "user_role" })
  role: Opt<Role> = Role.MEMBER;

  /** argon2id hash; never leaves the server. */
  @Property({ type: "text", hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Boolean, { description: "Inactive users cannot sign in and are skipped by routing." })
  @Property({ type: "boolean", default: true })
  active: Opt<boolean> = true;

  @ManyToMany(() => Team, (team) => team.members)
  teams = new Collection<Team>(this);
}
