import { ConditionMatch, TerritoryDistribution } from "@leadline/shared";
import { Field, ID, InputType, Int } from "type-graphql";
import { RoutingConditionInput } from "./routing.inputs.js";

@InputType({ description: "A new territory, owned by exactly one of a team or a rep." })
export class CreateTerritoryInput {
  @Field({ description: "1 to 200 characters." }) name!: string;
  @Field(() => [RoutingConditionInput], {
    description: "1 to 20 tests on country, state, industry, companySize, employees or annualRevenue.",
  })
  criteria!: RoutingConditionInput[];
  @Field(() => ConditionMatch, { nullable: true, description: "Default ALL." })
  criteriaMatch?: ConditionMatch;
  @Field(() => ID, { nullable: true, description: "The owning team (or give userId)." }) teamId?:
    string | null;
  @Field(() => ID, { nullable: true, description: "The owning rep (or give teamId)." }) userId?:
    string | null;
  @Field(() => TerritoryDistribution, { nullable: true, description: "Default ROUND_ROBIN." })
  distribution?: TerritoryDistribution;
  @Field(() => Int, { nullable: true, description: "Higher is tried first; default 0." }) priority?: number;
  @Field({ nullable: true, description: "Default true." }) active?: boolean;
}

@InputType({ description: "Changes to a territory: only the fields given change." })
export class UpdateTerritoryInput {
  @Field(() => ID, { description: "The territory to change." }) id!: string;
  @Field({ nullable: true, description: "1 to 200 characters." }) name?: string;
  @Field(() => [RoutingConditionInput], { nullable: true, description: "Replaces all criteria." })
  criteria?: RoutingConditionInput[];
  @Field(() => ConditionMatch, { nullable: true, description: "All criteria must hold, or any." })
  criteriaMatch?: ConditionMatch;
  @Field(() => ID, { nullable: true, description: "A new owning team (clears the owning rep)." })
  teamId?: string | null;
  @Field(() => ID, { nullable: true, description: "A new owning rep (clears the owning team)." })
  userId?: string | null;
  @Field(() => TerritoryDistribution, { nullable: true, description: "How a team shares the leads." })
  distribution?: TerritoryDistribution;
  @Field(() => Int, { nullable: true, description: "Higher is tried first." }) priority?: number;
  @Field({ nullable: true, description: "Inactive territories are skipped." }) active?: boolean;
}

@InputType({ description: "The territory to remove." })
export class DeleteTerritoryInput {
  @Field(() => ID, { description: "The territory to remove." }) id!: string;
}
