import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";
import { ScoreChangeReason } from "./lead-score.entity.js";

export const ScoringRunStatus = {
  QUEUED: "QUEUED",
  RUNNING: "RUNNING",
  COMPLETED: "COMPLETED",
  FAILED: "FAILED",
} as const;
export type ScoringRunStatus = (typeof ScoringRunStatus)[keyof typeof ScoringRunStatus];
registerEnumType(ScoringRunStatus, {
  name: "ScoringRunStatus",
  description: "Where a rescoring run stands.",
});

/**
 * One background rescoring of many leads: after a rule or settings change (the whole organisation),
 * on request (`rescoreLeads`, a filter), or by the daily decay job. Its counters are its progress.
 */
@ObjectType({ description: "A background rescoring of an organisation's leads, with its progress." })
@Entity({ tableName: "scoring_run" })
@Index({ properties: ["organization", "createdAt"] })
export class ScoringRun extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field(() => ScoringRunStatus)
  @Enum({ items: () => ScoringRunStatus, nativeEnumName: "scoring_run_status" })
  status: Opt<ScoringRunStatus> = ScoringRunStatus.QUEUED;

  @Field(() => ScoreChangeReason, { description: "Recorded on each history row the run writes." })
  @Enum({ items: () => ScoreChangeReason, nativeEnumName: "score_change_reason" })
  reason!: ScoreChangeReason;

  @Field(() => GraphQLJSON, { nullable: true, description: "The lead filter; null for every lead." })
  @Property({ type: "jsonb", nullable: true })
  filter: Record<string, unknown> | null = null;

  @Field(() => Int, { description: "Leads to rescore (known once the run starts)." })
  @Property({ type: "integer", default: 0 })
  total: Opt<number> = 0;

  @Field(() => Int, { description: "Leads rescored so far." })
  @Property({ type: "integer", default: 0 })
  processed: Opt<number> = 0;

  @Field(() => Int, { description: "Leads whose score, grade or breakdown changed." })
  @Property({ type: "integer", default: 0 })
  changed: Opt<number> = 0;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) requestedBy: User | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  finishedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "Why the run failed." })
  @Property({ type: "text", nullable: true })
  error: string | null = null;
}
