import { Collection, type Opt } from "@mikro-orm/core";
import { Entity, Enum, ManyToMany, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "./user.entity.js";
import { bumpsRoutingVersion } from "../routing/routing-version.js";

export const TeamType = {
  SALES_DEVELOPMENT: "SALES_DEVELOPMENT",
  INSIDE_SALES: "INSIDE_SALES",
  FIELD_SALES: "FIELD_SALES",
  ACCOUNT_MANAGEMENT: "ACCOUNT_MANAGEMENT",
  OTHER: "OTHER",
} as const;
export type TeamType = (typeof TeamType)[keyof typeof TeamType];
registerEnumType(TeamType, { name: "TeamType", description: "What a team does, for routing and reports." });

@ObjectType({ description: "A group of users led by a manager; routing sends leads to teams." })
@Entity({ tableName: "team" })
@bumpsRoutingVersion("team")
@Unique({ properties: ["organization", "name"] })
export class Team extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" })
  organization!: Organization;

  @Field({ description: "Unique within the organisation." })
  @Property({ type: "text" })
  name!: string;

  @Field(() => TeamType)
  @Enum({ items: () => TeamType, nativeEnumName: "team_type" })
  type: Opt<TeamType> = TeamType.INSIDE_SALES;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" })
  manager: User | null = null;

  @Field(() => Boolean, {
    description: "Off: routing leaves the team's leads in its queue for members to claim.",
  })
  @Property({ type: "boolean", default: true })
  assignmentEnabled: Opt<boolean> = true;

  @Field(() => Int, { nullable: true, description: "Daily lead limit of members without their own." })
  @Property({ type: "integer", nullable: true })
  maxLeadsPerMember: number | null = null;

  /** A Slack-compatible incoming webhook for the team's alerts (queued leads, SLA breaches); a secret. */
  @Property({ type: "text", nullable: true, hidden: true })
  slackWebhookUrl: string | null = null;

  @ManyToMany(() => User, (user) => user.teams, { owner: true, pivotTable: "team_member" })
  members = new Collection<User>(this);
}
