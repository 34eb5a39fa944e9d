import { ScoringCategory, ScoringOperator, type ScoringValue } from "@leadline/shared";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "A new scoring rule; it is checked against the field's type before it is saved." })
export class CreateScoringRuleInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ScoringCategory) category!: ScoringCategory;
  @Field() field!: string;
  @Field(() => ScoringOperator) operator!: ScoringOperator;
  @Field(() => GraphQLJSON, { nullable: true }) value?: ScoringValue;
  @Field(() => Int) points!: number;
  @Field(() => Int, { nullable: true, defaultValue: 0 }) priority?: number;
  @Field(() => String, { nullable: true }) exclusiveGroup?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean;
}

@InputType({ description: "Changes to a scoring rule: only the fields given change." })
export class UpdateScoringRuleInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ScoringCategory, { nullable: true }) category?: ScoringCategory;
  @Field(() => String, { nullable: true }) field?: string;
  @Field(() => ScoringOperator, { nullable: true }) operator?: ScoringOperator;
  @Field(() => GraphQLJSON, { nullable: true }) value?: ScoringValue;
  @Field(() => Int, { nullable: true }) points?: number;
  @Field(() => Int, { nullable: true }) priority?: number;
  @Field(() => String, { nullable: true }) exclusiveGroup?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class DeleteScoringRuleInput {
  @Field(() => ID) id!: string;
}
