import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Lead } from "../leads/lead.entity.js";
import { CreateScoringRuleInput } from "./scoring-rule.inputs.js";
import { ScoreBreakdownItem } from "./score.types.js";

@InputType({
  description: "A rule as drafted in the rule builder; `id` names a stored rule it would replace.",
})
export class ScoringRuleDraftInput extends CreateScoringRuleInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
}

@ObjectType({ description: "Leads whose score falls in [from, to]." })
export class ScoreBucket {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class GradeCount {
  @Field() grade!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "How the organisation's live leads spread over scores and grades." })
export class ScoreDistribution {
  @Field(() => Int) total!: number;
  @Field(() => Float, { nullable: true, description: "Mean score; null without leads." }) average!:
    number | null;
  @Field(() => [ScoreBucket], { description: "Buckets of 20 points: 0-19, 20-39, 40-59, 60-79, 80-100." })
  buckets!: ScoreBucket[];
  @Field(() => [GradeCount]) grades!: GradeCount[];
}

@InputType()
export class TestScoringRuleInput {
  @Field(() => ScoringRuleDraftInput) rule!: ScoringRuleDraftInput;
  @Field(() => ID) leadId!: string;
}

@ObjectType({ description: "What one rule does to one lead." })
export class ScoringRuleTest {
  @Field() matched!: boolean;
  @Field(() => Int, { description: "Points the rule would add (0 when it does not match)." }) points!: number;
  @Field(() => GraphQLJSON, { nullable: true, description: "The lead's value of the rule's field." })
  value!: unknown;
}

@InputType({ description: "A whole proposed rule set, tried on some leads." })
export class PreviewScoringInput {
  @Field(() => [ScoringRuleDraftInput]) rules!: ScoringRuleDraftInput[];
  @Field(() => [ID], { nullable: true, description: "These leads; or else a sample of the newest." })
  leadIds?: string[];
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: "Sample size without leadIds, at most 100.",
  })
  sampleSize?: number;
}

@ObjectType()
export class ScoringPreview {
  @Field(() => Lead) lead!: Lead;
  @Field(() => Int) scoreBefore!: number;
  @Field(() => Int) scoreAfter!: number;
  @Field(() => String, { nullable: true }) gradeBefore!: string | null;
  @Field() gradeAfter!: string;
  @Field(() => [ScoreBreakdownItem]) breakdownAfter!: ScoreBreakdownItem[];
}

@InputType()
export class ScoringImpactInput {
  @Field(() => [ScoringRuleDraftInput], { description: "The whole proposed rule set." })
  rules!: ScoringRuleDraftInput[];
}

@ObjectType()
export class GradeTransition {
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field() to!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    "What a proposed rule set would do to every live lead of the organisation (nothing is written).",
})
export class ScoringImpact {
  @Field(() => Int) leadsEvaluated!: number;
  @Field(() => Int) scoresChanged!: number;
  @Field(() => Int) gradesChanged!: number;
  @Field(() => [GradeTransition], { description: "Leads whose grade would change, by old and new grade." })
  gradeTransitions!: GradeTransition[];
  @Field(() => ScoreDistribution) before!: ScoreDistribution;
  @Field(() => ScoreDistribution) after!: ScoreDistribution;
}
