import { ActivityType } from "@leadline/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../graphql/connection.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadActivity } from "./lead-activity.entity.js";

@InputType({ description: "An activity to add to a lead's timeline. System types are refused." })
export class LogActivityInput {
  @Field(() => ID) leadId!: string;
  @Field(() => ActivityType) type!: ActivityType;
  @Field(() => String, { nullable: true, description: "At most 200 characters." }) subject?: string | null;
  @Field(() => String, { nullable: true, description: "At most 10,000 characters." }) body?: string | null;
  @Field(() => String, { nullable: true, description: "At most 200 characters." }) outcome?: string | null;
  @Field(() => Int, { nullable: true, description: "Seconds, at most a day." }) durationSeconds?:
    number | null;
  @Field(() => Date, {
    nullable: true,
    description: "Default: now. At most a year ahead (a booked meeting).",
  })
  occurredAt?: Date | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "At most 8 KB as JSON." })
  metadata?: Record<string, unknown> | null;
}

@ObjectType()
export class LogActivityPayload {
  @Field(() => LeadActivity) activity!: LeadActivity;
  @Field(() => Lead, {
    description: "The lead with its counters, last activity and score brought up to date.",
  })
  lead!: Lead;
}

@InputType({ description: "Narrows a timeline; every condition given must hold." })
export class TimelineFilter {
  @Field(() => [ActivityType], { nullable: true }) types?: ActivityType[] | null;
  @Field(() => Date, { nullable: true, description: "Occurred at or after." }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: "Occurred before." }) to?: Date | null;
}

@ArgsType()
export class TimelineArgs {
  @Field(() => TimelineFilter, { nullable: true }) filter?: TimelineFilter | null;
  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_PAGE_SIZE}.` }) first: number =
    20;
  @Field(() => String, { nullable: true }) after?: string | null;
}
