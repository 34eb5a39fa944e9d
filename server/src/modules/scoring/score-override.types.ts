import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Lead } from "../leads/lead.entity.js";

@InputType({ description: "Sets a lead's score by hand, with the reason (kept in the score history)." })
export class OverrideLeadScoreInput {
  @Field(() => ID) leadId!: string;
  @Field(() => Int, { description: "0-100." }) score!: number;
  @Field({ description: "Why; required, at most 500 characters." }) reason!: string;
}

@InputType({ description: "Returns a lead to its computed score." })
export class ClearLeadScoreOverrideInput {
  @Field(() => ID) leadId!: string;
  @Field({ description: "Why; required, at most 500 characters." }) reason!: string;
}

@ObjectType()
export class LeadScorePayload {
  @Field(() => Lead) lead!: Lead;
}

@ObjectType({ description: "A lead's score moved (pushed live to its organisation)." })
export class LeadScoreChangedEvent {
  @Field(() => Lead) lead!: Lead;
  @Field(() => Int) score!: number;
  @Field(() => Int, { nullable: true }) previousScore!: number | null;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => GraphQLJSON, { description: "The rules that matched, as in Lead.scoreBreakdown." })
  breakdown!: unknown;
}
