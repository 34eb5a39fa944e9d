import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { PipelineStage } from "./pipeline-stage.entity.js";

@InputType({ description: "A period: from (inclusive) to (exclusive)." })
export class DateRangeInput {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
}

@ObjectType({ description: "One stage's numbers." })
export class PipelineStageStats {
  @Field(() => PipelineStage) stage!: PipelineStage;
  @Field(() => Int, { description: "Leads in the stage now." }) leadCount!: number;
  @Field(() => Float, { description: "Sum of their deal values now." }) totalValue!: number;
  @Field(() => Int, { description: "Leads that entered the stage during the period." }) entered!: number;
  @Field(() => Int, {
    description: "Of those, how many went on to a later stage (by board order, lost stages excluded).",
  })
  advanced!: number;
  @Field(() => Float, {
    nullable: true,
    description: "advanced / entered (0-1); null when none entered or the stage closes (won, lost).",
  })
  conversionRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Velocity: average days a lead spent in the stage, over stays that ended during the period.",
  })
  averageDaysInStage!: number | null;
}

@ObjectType({ description: "How many leads moved from one stage to another during the period." })
export class StageTransitionCount {
  @Field(() => PipelineStage) from!: PipelineStage;
  @Field(() => PipelineStage) to!: PipelineStage;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "The pipeline's state now and its flow during a period." })
export class PipelineStats {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
  @Field(() => [PipelineStageStats], { description: "Every stage in board order, retired ones last." })
  stages!: PipelineStageStats[];
  @Field(() => [StageTransitionCount]) transitions!: StageTransitionCount[];
}
