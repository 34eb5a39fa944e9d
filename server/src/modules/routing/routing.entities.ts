import {
  ConditionMatch,
  DEFAULT_WORKING_HOURS,
  RoutingStrategy,
  ScoringOperator,
  Seniority,
  type RoutingCondition,
  type WorkingHours,
} from "@leadline/shared";
import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, OneToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { GraphQLJSON as GraphQLJSONValue } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";
import { BaseEntity } from "../../db/base-entity.js";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { bumpsRoutingVersion } from "./routing-version.js";

registerEnumType(RoutingStrategy, { name: "RoutingStrategy", description: "How a rule picks the rep." });
registerEnumType(ConditionMatch, {
  name: "ConditionMatch",
  description: "All conditions must hold, or any.",
});
registerEnumType(Seniority, { name: "Seniority", description: "SCORE_BAND sends grade A to seniors." });

export const AssignmentType = {
  MANUAL: "MANUAL",
  AUTO_ROUND_ROBIN: "AUTO_ROUND_ROBIN",
  AUTO_TERRITORY: "AUTO_TERRITORY",
  AUTO_WORKLOAD: "AUTO_WORKLOAD",
  AUTO_SCORE: "AUTO_SCORE",
  AUTO_SPECIFIC: "AUTO_SPECIFIC",
  CLAIM: "CLAIM",
  ESCALATION: "ESCALATION",
} as const;
export type AssignmentType = (typeof AssignmentType)[keyof typeof AssignmentType];
registerEnumType(AssignmentType, { name: "AssignmentType", description: "How a lead came to its owner." });

@ObjectType({ description: "One condition of an assignment rule (the scoring rules' fields and operators)." })
export class RoutingConditionType implements RoutingCondition {
  @Field() field!: string;
  @Field(() => ScoringOperator) operator!: RoutingCondition["operator"];
  @Field(() => GraphQLJSONValue, { nullable: true }) value!: RoutingCondition["value"];
}
@ObjectType({ description: "Weekly working hours in the rep's time zone." })
export class WorkingHoursType implements WorkingHours {
  @Field(() => [Int], { description: "ISO weekdays, 1 = Monday." }) days!: number[];
  @Field({ description: "HH:MM" }) start!: string;
  @Field({ description: "HH:MM" }) end!: string;
}

/** How a rep takes leads: availability, daily capacity, hours and seniority. Absent: the defaults. */
@ObjectType({ description: "A rep's routing settings." })
@Entity({ tableName: "sales_profile" })
export class SalesProfile {
  @OneToOne(() => User, { primary: true, owner: true, deleteRule: "cascade" }) user!: User;

  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field(() => Boolean, { description: "Off: routing skips the rep (leave, holiday)." })
  @Property({ type: "boolean", default: true })
  available: Opt<boolean> = true;

  @Field(() => Int, {
    nullable: true,
    description: "Most leads routed to the rep per day; null: the team's limit.",
  })
  @Property({ type: "integer", nullable: true })
  maxLeadsPerDay: number | null = null;

  @Field(() => String, { description: "IANA time zone of the working hours." })
  @Property({ type: "text", default: "UTC" })
  timezone: Opt<string> = "UTC";

  @Field(() => WorkingHoursType)
  @Property({ type: "jsonb", defaultRaw: `'${JSON.stringify(DEFAULT_WORKING_HOURS)}'` })
  workingHours: Opt<WorkingHours> = { ...DEFAULT_WORKING_HOURS };

  @Field(() => Seniority)
  @Enum({ items: () => Seniority, nativeEnumName: "seniority", default: Seniority.MID })
  seniority: Opt<Seniority> = Seniority.MID;
}

/** A routing rule: the first active rule (highest priority) whose conditions a new lead meets decides its owner. */
@ObjectType({ description: "Where new leads go: conditions, a strategy and a target team or user." })
@Entity({ tableName: "assignment_rule" })
@bumpsRoutingVersion("assignment_rule")
@Index({ properties: ["organization", "priority"] })
export class AssignmentRule extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field() @Property({ type: "text" }) name!: string;

  @Field(() => Int, { description: "Higher first." })
  @Property({ type: "integer", default: 0 })
  priority: Opt<number> = 0;

  @Field(() => Boolean) @Property({ type: "boolean", default: true }) active: Opt<boolean> = true;

  @Field(() => [RoutingConditionType], { description: "No conditions: every lead (a fallback rule)." })
  @Property({ type: "jsonb", defaultRaw: "'[]'" })
  conditions: Opt<RoutingCondition[]> = [];

  @Field(() => ConditionMatch)
  @Enum({ items: () => ConditionMatch, nativeEnumName: "condition_match", default: ConditionMatch.ALL })
  conditionMatch: Opt<ConditionMatch> = ConditionMatch.ALL;

  @Field(() => RoutingStrategy)
  @Enum({ items: () => RoutingStrategy, nativeEnumName: "routing_strategy" })
  strategy!: RoutingStrategy;

  @ManyToOne(() => Team, { nullable: true, deleteRule: "set null" }) team: Team | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) user: User | null = null;

  @Field(() => Boolean, { description: "Skip reps outside their working hours." })
  @Property({ type: "boolean", default: false })
  respectWorkingHours: Opt<boolean> = false;

  /** Round-robin counter: one step per routed lead, taken atomically outside the routing transaction. */
  @Property({ type: "bigint", default: 0 }) turn: Opt<number> = 0;
}

/** One change of a lead's owner. Rows are never updated. */
@ObjectType({ description: "A change of a lead's owner: from, to, by whom or which rule, how and why." })
@Entity({ tableName: "lead_assignment" })
@Index({ properties: ["lead", "createdAt"] })
@Index({ properties: ["toUser", "createdAt"] })
export class LeadAssignment {
  @Field(() => ID) @PrimaryKey({ type: "uuid" }) id: string = uuidv7();
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;
  @ManyToOne(() => Lead, { deleteRule: "cascade" }) lead!: Lead;
  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) fromUser: User | null = null;
  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) toUser: User | null = null;
  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) assignedBy: User | null = null;
  @ManyToOne(() => AssignmentRule, { nullable: true, deleteRule: "set null" }) rule: AssignmentRule | null =
    null;
  @Field(() => AssignmentType)
  @Enum({ items: () => AssignmentType, nativeEnumName: "assignment_type" })
  type!: AssignmentType;
  @Field(() => String, { nullable: true }) @Property({ type: "text", nullable: true }) reason: string | null =
    null;
  @Field(() => Date) @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();
}
