import { ScoringCategory, ScoringOperator } from "@leadline/shared";
import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

registerEnumType(ScoringCategory, {
  name: "ScoringCategory",
  description: "What kind of signal a scoring rule reads.",
});
registerEnumType(ScoringOperator, {
  name: "ScoringOperator",
  description: "How a scoring rule compares the field with its value.",
});

@ObjectType({ description: "One matched rule in a score: why the lead got these points." })
export class ScoreBreakdownItem {
  @Field(() => String, { description: "The rule's id (default rules have readable ids)." }) ruleId!: string;
  @Field() name!: string;
  @Field(() => ScoringCategory) category!: ScoringCategory;
  @Field(() => Int, { description: "Points this rule added (after its category's cap)." }) points!: number;
  @Field() field!: string;
  @Field(() => ScoringOperator) operator!: ScoringOperator;
  @Field(() => GraphQLJSON, { nullable: true, description: "The lead's value that matched." })
  matchedValue!: unknown;
}
