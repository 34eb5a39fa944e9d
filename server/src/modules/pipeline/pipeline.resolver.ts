import { Role, wholeDaysBetween } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { findOffsetPage, PageArgs } from "../../graphql/offset-page.js";
import { Topic, type PipelineEventPayload } from "../../realtime/pubsub.js";
import { loadLeadForEvent } from "../leads/lead-events.js";
import { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { LeadStageChange } from "./lead-stage-change.entity.js";
import { PipelineStage } from "./pipeline-stage.entity.js";
import { pipelineStats } from "./pipeline-stats.js";
import { DateRangeInput, PipelineStats } from "./pipeline-stats.types.js";
import { PipelineStagesService } from "./pipeline-stages.service.js";
import { PipelineService } from "./pipeline.service.js";
import {
  CreatePipelineStageInput,
  DeletePipelineStagePayload,
  MoveLeadInput,
  MoveLeadPayload,
  PipelineEvent,
  PipelineStageIdInput,
  PipelineStagePayload,
  PipelineStagesPayload,
  ReorderPipelineStagesInput,
  UpdatePipelineStageInput,
} from "./pipeline.types.js";

const LeadStageChangeConnection = ConnectionType(LeadStageChange, "LeadStageChange");
const DAY_MS = 86_400_000;

const stages = (context: Context) =>
  new PipelineStagesService(context.em, requireViewer(context).organizationId, context.services.clock);

/** Stages (ADMIN and OWNER change them), moves (MEMBER and above, own leads for MEMBERs), stats, live events. */
@Resolver(() => PipelineStage)
export class PipelineResolver {
  @Authorized()
  @Query(() => [PipelineStage], {
    description: "The organisation's stages in board order (a short list, not paged).",
  })
  pipelineStages(
    @Ctx() context: Context,
    @Arg("includeRetired", () => Boolean, { defaultValue: false }) includeRetired: boolean,
  ): Promise<PipelineStage[]> {
    return stages(context).list(includeRetired);
  }

  @Authorized()
  @Query(() => PipelineStats, {
    description:
      "Counts and value per stage now; entries, conversion and time in stage during `range` (default: the last 30 days).",
  })
  async pipelineStats(
    @Ctx() context: Context,
    @Arg("range", () => DateRangeInput, { nullable: true }) range?: DateRangeInput | null,
  ): Promise<PipelineStats> {
    const now = context.services.clock.now();
    return pipelineStats(
      context.em,
      requireViewer(context).organizationId,
      await stages(context).list(true),
      range ?? { from: new Date(now.getTime() - 30 * DAY_MS), to: now },
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PipelineStagePayload, { description: "Adds a stage (ADMIN and OWNER)." })
  async createPipelineStage(
    @Arg("input", () => CreatePipelineStageInput) input: CreatePipelineStageInput,
    @Ctx() context: Context,
  ): Promise<PipelineStagePayload> {
    return { stage: await stages(context).create(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PipelineStagePayload, { description: "Renames or recolours a stage." })
  async updatePipelineStage(
    @Arg("input", () => UpdatePipelineStageInput) input: UpdatePipelineStageInput,
    @Ctx() context: Context,
  ): Promise<PipelineStagePayload> {
    return { stage: await stages(context).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PipelineStagesPayload, { description: "Puts the live stages in a new order." })
  async reorderPipelineStages(
    @Arg("input", () => ReorderPipelineStagesInput) input: ReorderPipelineStagesInput,
    @Ctx() context: Context,
  ): Promise<PipelineStagesPayload> {
    return { stages: await stages(context).reorder(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PipelineStagePayload, {
    description: "Takes an empty stage off the board, keeping its history (CONFLICT while leads are in it).",
  })
  async retirePipelineStage(
    @Arg("input", () => PipelineStageIdInput) input: PipelineStageIdInput,
    @Ctx() context: Context,
  ): Promise<PipelineStagePayload> {
    return { stage: await stages(context).retire(input.id) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePipelineStagePayload, {
    description: "Deletes a stage that never held a lead (CONFLICT otherwise: move the leads, or retire it).",
  })
  async deletePipelineStage(
    @Arg("input", () => PipelineStageIdInput) input: PipelineStageIdInput,
    @Ctx() context: Context,
  ): Promise<DeletePipelineStagePayload> {
    return { id: await stages(context).delete(input.id) };
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => MoveLeadPayload, {
    description:
      "Moves a lead to a stage: allowed moves only, a reason for lost; recorded in the stage history and the timeline.",
  })
  async moveLead(
    @Arg("input", () => MoveLeadInput) input: MoveLeadInput,
    @Ctx() context: Context,
  ): Promise<MoveLeadPayload> {
    const service = new PipelineService(
      context.em,
      requireViewer(context),
      context.services.pubSub,
      context.services.clock,
    );
    const { lead, move } = await service.moveLead(input);
    return { lead, previousStage: move.from };
  }

  @Authorized()
  @Subscription(() => PipelineEvent, {
    description:
      "Leads entering, leaving or changing within a stage of the viewer's organisation, after commit.",
    topics: Topic.PIPELINE_EVENTS,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
  })
  async pipelineEvents(@Root() event: PipelineEventPayload, @Ctx() context: Context): Promise<PipelineEvent> {
    const lead = await loadLeadForEvent(context, event.leadId);
    return {
      type: event.type,
      lead,
      stageId: lead.stage?.id ?? null,
      previousStageId: event.previousStageId,
    };
  }
}

/** The pipeline side of a lead. */
@Resolver(() => Lead)
export class LeadPipelineResolver {
  @FieldResolver(() => PipelineStage, { nullable: true, description: "The stage the lead is in." })
  stage(@Root() lead: Lead, @Ctx() context: Context): Promise<PipelineStage | null> {
    return lead.stage ? context.loaders.pipelineStage.load(lead.stage.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, { description: "Whole days since the lead entered its stage." })
  daysInStage(@Root() lead: Lead, @Ctx() context: Context): number {
    return wholeDaysBetween(lead.stageEnteredAt ?? lead.createdAt, context.services.clock.now());
  }

  // One query per lead asked for: meant for the lead page.
  @FieldResolver(() => LeadStageChangeConnection, {
    description: "Every stage the lead entered, newest first.",
  })
  stageHistory(
    @Root() lead: Lead,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<LeadStageChange>> {
    const { organizationId } = requireViewer(context);
    const where = { lead: lead.id, organization: organizationId };
    return findOffsetPage(context.em, LeadStageChange, where, { enteredAt: "desc", id: "desc" }, page);
  }
}

@Resolver(() => LeadStageChange)
export class LeadStageChangeResolver {
  @FieldResolver(() => PipelineStage)
  async stage(@Root() change: LeadStageChange, @Ctx() context: Context): Promise<PipelineStage> {
    return (await context.loaders.pipelineStage.load(change.stage.id))!;
  }

  @FieldResolver(() => PipelineStage, {
    nullable: true,
    description: "The stage it came from; null on creation.",
  })
  fromStage(@Root() change: LeadStageChange, @Ctx() context: Context): Promise<PipelineStage | null> {
    return change.fromStage ? context.loaders.pipelineStage.load(change.fromStage.id) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who moved it; null for a system move." })
  actor(@Root() change: LeadStageChange, @Ctx() context: Context): Promise<User | null> {
    return change.actor ? context.loaders.user.load(change.actor.id) : Promise.resolve(null);
  }
}
