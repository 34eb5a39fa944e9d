import { Entity, Enum, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import { QualificationStage } from "@leadline/shared";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";

registerEnumType(QualificationStage, {
  name: "QualificationStage",
  description: "Marketing-qualified, sales-qualified, hot.",
});

@ObjectType({ description: "What a lead needs to reach a qualification stage in this organisation." })
@Entity({ tableName: "qualification_criteria" })
@Unique({ properties: ["organization", "stage"] })
export class QualificationCriteria extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field(() => QualificationStage)
  @Enum({ items: () => QualificationStage, nativeEnumName: "qualification_stage" })
  stage!: QualificationStage;

  @Field(() => Int) @Property({ type: "smallint" }) minScore!: number;

  @Field(() => [String], { description: "Lead fields (or customFields.<key>) that must be filled in." })
  @Property({ type: "text[]" })
  requiredFields!: string[];

  @Field(() => [String], { description: "At least one activity of any of these types (e.g. CALL, MEETING)." })
  @Property({ type: "text[]" })
  requiredActivityTypes!: string[];

  @Field(() => Int, { nullable: true, description: "How recent that activity must be, in days." })
  @Property({ type: "smallint", nullable: true })
  withinDays: number | null = null;
}
