import { ConditionMatch, RoutingStrategy, ScoringOperator, Seniority } from "@leadline/shared";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { CreateLeadInput } from "../leads/lead.inputs.js";

@InputType({ description: "One condition: a lead field, an operator and a value (as in scoring rules)." })
export class RoutingConditionInput {
  @Field() field!: string;
  @Field(() => ScoringOperator) operator!: ScoringOperator;
  @Field(() => GraphQLJSON, { nullable: true }) value?: unknown;
}

@InputType({ description: "Weekly working hours in the rep's time zone." })
export class WorkingHoursInput {
  @Field(() => [Int], { description: "ISO weekdays, 1 = Monday." }) days!: number[];
  @Field({ description: "HH:MM" }) start!: string;
  @Field({ description: "HH:MM" }) end!: string;
}

@InputType({ description: "A new assignment rule." })
export class CreateAssignmentRuleInput {
  @Field() name!: string;
  @Field(() => RoutingStrategy) strategy!: RoutingStrategy;
  @Field(() => ID, {
    nullable: true,
    description:
      "The team whose members take the leads (all but SPECIFIC_USER; optional for TERRITORY, where it takes leads no territory matches).",
  })
  teamId?: string | null;
  @Field(() => ID, { nullable: true, description: "The rep of a SPECIFIC_USER rule." }) userId?:
    string | null;
  @Field(() => [RoutingConditionInput], { nullable: true }) conditions?: RoutingConditionInput[];
  @Field(() => ConditionMatch, { nullable: true }) conditionMatch?: ConditionMatch;
  @Field(() => Int, { nullable: true, description: "Higher first; default 0." }) priority?: number;
  @Field({ nullable: true }) active?: boolean;
  @Field({ nullable: true }) respectWorkingHours?: boolean;
}

@InputType({ description: "Changes to an assignment rule: only the fields given change." })
export class UpdateAssignmentRuleInput {
  @Field(() => ID) id!: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => RoutingStrategy, { nullable: true }) strategy?: RoutingStrategy;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => [RoutingConditionInput], { nullable: true }) conditions?: RoutingConditionInput[];
  @Field(() => ConditionMatch, { nullable: true }) conditionMatch?: ConditionMatch;
  @Field(() => Int, { nullable: true }) priority?: number;
  @Field({ nullable: true }) active?: boolean;
  @Field({ nullable: true }) respectWorkingHours?: boolean;
}

@InputType()
export class DeleteAssignmentRuleInput {
  @Field(() => ID) id!: string;
}

@InputType({ description: "Every rule id of the organisation, in the new order (first = highest priority)." })
export class ReorderAssignmentRulesInput {
  @Field(() => [ID]) ids!: string[];
}

@InputType({ description: "A rep's routing settings; only the fields given change." })
export class UpdateSalesProfileInput {
  @Field(() => ID) userId!: string;
  @Field({ nullable: true, description: "A rep may switch their own availability." }) available?: boolean;
  @Field(() => Int, { nullable: true }) maxLeadsPerDay?: number | null;
  @Field({ nullable: true }) timezone?: string;
  @Field(() => WorkingHoursInput, { nullable: true }) workingHours?: WorkingHoursInput;
  @Field(() => Seniority, { nullable: true }) seniority?: Seniority;
}

@InputType({ description: "Give a lead to a rep by hand (MANAGER and above), with the reason." })
export class AssignLeadInput {
  @Field(() => ID) leadId!: string;
  @Field(() => ID) userId!: string;
  @Field() reason!: string;
}

@InputType({ description: "Give up to 1,000 leads to one rep at once, with the reason (MANAGER and above)." })
export class BulkAssignLeadsInput {
  @Field(() => [ID]) leadIds!: string[];
  @Field(() => ID) userId!: string;
  @Field() reason!: string;
}

@InputType({ description: "Take an unassigned lead from your team's queue." })
export class ClaimLeadInput {
  @Field(() => ID) leadId!: string;
}

@InputType({ description: "A lead as it would arrive: which rule and rep would win (nothing is written)." })
export class TestAssignmentInput {
  @Field(() => CreateLeadInput) lead!: CreateLeadInput;
}
