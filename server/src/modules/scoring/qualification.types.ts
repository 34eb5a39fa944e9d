import { QualificationStage } from "@leadline/shared";
import { Field, InputType, Int, ObjectType } from "type-graphql";

@ObjectType()
export class MissingQualification {
  @Field(() => QualificationStage) stage!: QualificationStage;
  @Field(() => [String], { description: "What the lead lacks for this stage, in plain words." })
  reasons!: string[];
}

@ObjectType({
  description: "The lead's qualification: the highest stage it meets, and what the others still need.",
})
export class LeadQualification {
  @Field(() => QualificationStage, { nullable: true }) stage!: QualificationStage | null;
  @Field(() => [MissingQualification]) missing!: MissingQualification[];
}

@InputType({ description: "Sets what a stage needs (creating or replacing that stage's criteria)." })
export class SetQualificationCriteriaInput {
  @Field(() => QualificationStage) stage!: QualificationStage;
  @Field(() => Int) minScore!: number;
  @Field(() => [String], { defaultValue: [] }) requiredFields!: string[];
  @Field(() => [String], { defaultValue: [] }) requiredActivityTypes!: string[];
  @Field(() => Int, { nullable: true }) withinDays?: number | null;
}

@InputType()
export class DeleteQualificationCriteriaInput {
  @Field(() => QualificationStage) stage!: QualificationStage;
}
