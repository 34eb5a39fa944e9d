import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { ActivityType } from "@leadline/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";

/** Something that happened to a lead: a call, an email opened, a stage move. Rows are never updated. */
@ObjectType({ description: "An entry of a lead's timeline." })
@Entity({ tableName: "lead_activity" })
// The timeline pages newest first by (occurred_at, id): a page of a lead with thousands of entries
// reads only its rows from this index.
@Index({
  name: "lead_activity_timeline_idx",
  expression: "create index lead_activity_timeline_idx on lead_activity (lead_id, occurred_at desc, id desc)",
})
export class LeadActivity {
  @Field(() => ID) @PrimaryKey({ type: "uuid" }) id: string = uuidv7();

  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Lead, { deleteRule: "cascade" }) lead!: Lead;

  @Field(() => ActivityType)
  @Enum({ items: () => ActivityType, nativeEnumName: "activity_type" })
  type!: ActivityType;

  @Field(() => String, { nullable: true }) @Property({ type: "text", nullable: true }) subject:
    string | null = null;

  @Field(() => String, { nullable: true }) @Property({ type: "text", nullable: true }) body: string | null =
    null;

  @Field(() => String, { nullable: true, description: "How it went, e.g. 'left voicemail'." })
  @Property({ type: "text", nullable: true })
  outcome: string | null = null;

  @Field(() => Int, { nullable: true, description: "Length of a call or meeting, in seconds." })
  @Property({ type: "integer", nullable: true })
  durationSeconds: number | null = null;

  @Field(() => Date) @Property({ type: "datetime" }) occurredAt!: Date;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) actor: User | null = null;

  @Field(() => GraphQLJSONObject, { description: "Details: the stages of a move, the page visited, ..." })
  @Property({ type: "jsonb", defaultRaw: "'{}'" })
  metadata: Opt<Record<string, unknown>> = {};

  @Field(() => Date) @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();
}
