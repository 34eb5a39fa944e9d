import { LeadStatus, LostReason, StageCategory } from "@leadline/shared";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PipelineEventType } from "../../realtime/pubsub.js";
import { Lead } from "../leads/lead.entity.js";
import { PipelineStage } from "./pipeline-stage.entity.js";

registerEnumType(PipelineEventType, {
  name: "PipelineEventType",
  description:
    "ENTERED a stage (created, or moved in from previousStage), LEFT it (deleted), CHANGED within it.",
});

@InputType({ description: "A new pipeline stage (ADMIN and OWNER)." })
export class CreatePipelineStageInput {
  @Field({ description: "1-50 characters, unique among the live stages." }) name!: string;
  @Field({ description: "#rrggbb" }) color!: string;
  @Field(() => LeadStatus, { description: "The status of leads in this stage." }) status!: LeadStatus;
  @Field(() => StageCategory, {
    nullable: true,
    description: "Follows from the status (CONVERTED: WON, LOST: LOST, else OPEN); given, it must agree.",
  })
  category?: StageCategory | null;
  @Field(() => Int, {
    nullable: true,
    description: "Where to insert it (0 = first); default: before the won and lost stages.",
  })
  position?: number | null;
}

@InputType({ description: "Renames or recolours a stage: only the fields given change." })
export class UpdatePipelineStageInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) color?: string | null;
}

@InputType({ description: "The new order of the live stages: every one of them, once." })
export class ReorderPipelineStagesInput {
  @Field(() => [ID]) stageIds!: string[];
}

@InputType()
export class PipelineStageIdInput {
  @Field(() => ID) id!: string;
}

@InputType({ description: "Moves a lead to a stage. A MEMBER moves only their own leads." })
export class MoveLeadInput {
  @Field(() => ID) leadId!: string;
  @Field(() => ID) stageId!: string;
  @Field(() => LostReason, { nullable: true, description: "Required for a lost stage." })
  lostReason?: LostReason | null;
  @Field(() => String, {
    nullable: true,
    description: "Why (at most 1,000 characters); required with lostReason OTHER.",
  })
  note?: string | null;
}

@ObjectType()
export class PipelineStagePayload {
  @Field(() => PipelineStage) stage!: PipelineStage;
}

@ObjectType()
export class PipelineStagesPayload {
  @Field(() => [PipelineStage], { description: "Every stage, in board order." }) stages!: PipelineStage[];
}

@ObjectType()
export class DeletePipelineStagePayload {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class MoveLeadPayload {
  @Field(() => Lead) lead!: Lead;
  @Field(() => PipelineStage, { nullable: true }) previousStage!: PipelineStage | null;
}

@ObjectType({ description: "A lead's place on the board changed (pushed live, after commit)." })
export class PipelineEvent {
  @Field(() => PipelineEventType) type!: PipelineEventType;
  @Field(() => Lead) lead!: Lead;
  @Field(() => ID, { nullable: true, description: "The stage it is in now." }) stageId!: string | null;
  @Field(() => ID, { nullable: true, description: "The stage it left, for a move." })
  previousStageId!: string | null;
}
