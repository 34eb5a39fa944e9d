import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { LostReason } from "@leadline/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";
import { PipelineStage } from "./pipeline-stage.entity.js";

/**
 * One stay of a lead in a stage: opened when the lead enters it (a row per move, plus one when the lead
 * is created, written by a trigger whatever way the lead came in), closed (`leftAt`) by the next move.
 * Velocity and conversion are computed from these rows.
 */
@ObjectType({ description: "A lead's move into a stage, with who moved it and when it left again." })
@Entity({ tableName: "lead_stage_change" })
@Index({ properties: ["lead", "enteredAt"] })
@Index({ properties: ["organization", "enteredAt"] })
@Index({ properties: ["organization", "leftAt"] })
export class LeadStageChange {
  @Field(() => ID) @PrimaryKey({ type: "uuid" }) id: string = uuidv7();

  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Lead, { deleteRule: "cascade" }) lead!: Lead;

  @ManyToOne(() => PipelineStage, { deleteRule: "cascade" }) stage!: PipelineStage;

  @ManyToOne(() => PipelineStage, { nullable: true, deleteRule: "set null" })
  fromStage: PipelineStage | null = null;

  @Field(() => Date) @Property({ type: "datetime" }) enteredAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the lead moved on; null while it is still here." })
  @Property({ type: "datetime", nullable: true })
  leftAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) actor: User | null = null;

  @Field(() => LostReason, { nullable: true })
  @Enum({ items: () => LostReason, nativeEnumName: "lost_reason", nullable: true })
  lostReason: LostReason | null = null;

  @Field(() => String, { nullable: true }) @Property({ type: "text", nullable: true }) note: string | null =
    null;

  @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();
}
