import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";

export const ScoreChangeReason = {
  CREATED: "CREATED",
  UPDATED: "UPDATED",
  RULES_CHANGED: "RULES_CHANGED",
  SETTINGS_CHANGED: "SETTINGS_CHANGED",
  RESCORED: "RESCORED",
  DECAY: "DECAY",
  OVERRIDE: "OVERRIDE",
  ACTIVITY: "ACTIVITY",
  /** Duplicates were merged into the lead (their history moved with them). */
  MERGED: "MERGED",
} as const;
export type ScoreChangeReason = (typeof ScoreChangeReason)[keyof typeof ScoreChangeReason];
registerEnumType(ScoreChangeReason, {
  name: "ScoreChangeReason",
  description: "Why a lead's score changed.",
});

/** One change of a lead's score, with the breakdown that explains it. Rows are never updated. */
@ObjectType({ description: "A point in a lead's score history." })
@Entity({ tableName: "lead_score" })
@Index({ properties: ["lead", "createdAt"] })
export class LeadScore {
  @Field(() => ID) @PrimaryKey({ type: "uuid" }) id: string = uuidv7();

  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Lead, { deleteRule: "cascade" }) lead!: Lead;

  @Field(() => Int) @Property({ type: "smallint" }) score!: number;

  @Field(() => Int, { nullable: true }) @Property({ type: "smallint", nullable: true }) previousScore:
    number | null = null;

  @Field(() => Int, { description: "score - previousScore (the whole score on creation)." })
  @Property({ type: "smallint" })
  delta!: number;

  @Field(() => String, { nullable: true }) @Property({ type: "character(1)", nullable: true }) grade:
    string | null = null;

  @Field(() => GraphQLJSON, {
    description: "The matched rules at that time: rule, category, points, matched value.",
  })
  @Property({ type: "jsonb" })
  breakdown!: unknown;

  @Field(() => ScoreChangeReason)
  @Enum({ items: () => ScoreChangeReason, nativeEnumName: "score_change_reason" })
  reason!: ScoreChangeReason;

  @Field(() => String, { nullable: true, description: "A person's reason, for overrides." })
  @Property({ type: "text", nullable: true })
  note: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) actor: User | null = null;

  @Field(() => Date) @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();
}
