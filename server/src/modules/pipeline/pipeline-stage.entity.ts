import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { LeadStatus, StageCategory } from "@leadline/shared";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";

/** A column of the organisation's board. Each stage maps to a lead status, so the two never disagree. */
@ObjectType({ description: "A step of the organisation's sales pipeline (a column of the board)." })
@Entity({ tableName: "pipeline_stage" })
@Index({ properties: ["organization", "position"] })
export class PipelineStage extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field() @Property({ type: "text" }) name!: string;

  @Field({ description: "CSS colour, #rrggbb." }) @Property({ type: "text" }) color!: string;

  @Field(() => Int, { description: "Order on the board, from 0 (left)." })
  @Property({ type: "smallint" })
  position!: number;

  @Field(() => StageCategory)
  @Enum({ items: () => StageCategory, nativeEnumName: "stage_category" })
  category!: StageCategory;

  @Field(() => LeadStatus, { description: "The status every lead in this stage has." })
  @Enum({ items: () => LeadStatus, nativeEnumName: "lead_status" })
  status!: LeadStatus;

  @Field(() => Date, {
    nullable: true,
    description: "Set when retired: the stage keeps its history but takes no more leads.",
  })
  @Property({ type: "datetime", nullable: true })
  retiredAt: Date | null = null;
}
