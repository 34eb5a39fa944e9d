import { ScoringCategory } from "@leadline/shared";
import { Field, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Lowest score of each grade; below C is D." })
@InputType("GradeThresholdsInput")
export class GradeThresholdsType {
  @Field(() => Int) A!: number;
  @Field(() => Int) B!: number;
  @Field(() => Int) C!: number;
}

@ObjectType({ description: "The most positive points one category may add to a score." })
@InputType("CategoryCapInput")
export class CategoryCapType {
  @Field(() => ScoringCategory) category!: ScoringCategory;
  @Field(() => Int) cap!: number;
}

@ObjectType({ description: "How this organisation turns rule points into scores and grades." })
export class ScoringSettingsView {
  @Field(() => GradeThresholdsType) gradeThresholds!: GradeThresholdsType;
  @Field(() => [CategoryCapType]) categoryCaps!: CategoryCapType[];
  @Field(() => Int, { description: "Points a lead loses per whole week without activity; 0: no decay." })
  decayPointsPerWeek!: number;
}

@InputType({
  description:
    "New grade thresholds, category caps (caps given replace all caps) and/or decay. Every lead is then rescored in the background.",
})
export class UpdateScoringSettingsInput {
  @Field(() => GradeThresholdsType, { nullable: true }) gradeThresholds?: GradeThresholdsType;
  @Field(() => [CategoryCapType], { nullable: true }) categoryCaps?: CategoryCapType[];
  @Field(() => Int, { nullable: true, description: "0 to 100; 0 turns decay off." })
  decayPointsPerWeek?: number;
}
