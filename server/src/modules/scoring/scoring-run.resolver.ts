import { Role } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { loadForEvent, loadInOrganization, requireViewer, type Context } from "../../graphql/context.js";
import { findOffsetPage, NEWEST_CREATED_FIRST, PageArgs } from "../../graphql/offset-page.js";
import { runProgress } from "../../graphql/run-progress.js";
import { Topic, type ScoringRunPayload } from "../../realtime/pubsub.js";
import { LeadFilter } from "../leads/lead.inputs.js";
import { User } from "../users/user.entity.js";
import { ScoreChangeReason } from "./lead-score.entity.js";
import { ScoringRun, ScoringRunStatus } from "./scoring-run.entity.js";
import { requestRescore } from "./scoring-run.service.js";

@InputType({ description: "Which leads to rescore now." })
class RescoreLeadsInput {
  @Field(() => LeadFilter, { nullable: true, description: "Absent: every lead of the organisation." })
  filter?: LeadFilter | null;
}

@ObjectType()
class RescoreLeadsPayload {
  @Field(() => ScoringRun, { description: "The queued run; follow it with `scoringRunUpdated`." })
  run!: ScoringRun;
}

const ScoringRunConnection = ConnectionType(ScoringRun, "ScoringRun");

/** Background rescoring: ask for one, follow its progress, read past runs. */
@Resolver(() => ScoringRun)
export class ScoringRunResolver {
  @Authorized()
  @Query(() => ScoringRun, { description: "One rescoring run of the viewer's organisation." })
  scoringRun(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<ScoringRun> {
    return loadInOrganization(context, ScoringRun, id, "Scoring run");
  }

  @Authorized()
  @Query(() => ScoringRunConnection, {
    description: "Rescoring runs of the viewer's organisation, newest first.",
  })
  scoringRuns(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<ScoringRun>> {
    const where = { organization: requireViewer(context).organizationId };
    return findOffsetPage(context.em, ScoringRun, where, NEWEST_CREATED_FIRST, page);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => RescoreLeadsPayload, {
    description:
      "Rescores leads (all, or those the filter selects) with the current rules, in the background (MANAGER and above).",
  })
  async rescoreLeads(
    @Arg("input", () => RescoreLeadsInput) input: RescoreLeadsInput,
    @Ctx() context: Context,
  ): Promise<RescoreLeadsPayload> {
    const viewer = requireViewer(context);
    const run = await context.em.transactional((em) =>
      requestRescore(em, context.services.jobs, {
        organizationId: viewer.organizationId,
        reason: ScoreChangeReason.RESCORED,
        filter: input.filter ?? null,
        requestedById: viewer.userId,
      }),
    );
    return { run };
  }

  @FieldResolver(() => Float, { description: "processed / total, from 0 to 1." })
  progress(@Root() run: ScoringRun): number {
    return runProgress(run.processed, run.total, run.status === ScoringRunStatus.COMPLETED);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who asked for it; null for automatic runs." })
  requestedBy(@Root() run: ScoringRun, @Ctx() context: Context): Promise<User | null> | null {
    return run.requestedBy ? context.loaders.user.load(run.requestedBy.id) : null;
  }

  @Subscription(() => ScoringRun, {
    description:
      "Progress of rescoring runs in the viewer's organisation (of one run when `runId` is given).",
    topics: Topic.SCORING_RUN,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
    filter: ({ payload, args }: { payload: ScoringRunPayload; args: { runId?: string | null } }) =>
      !args.runId || args.runId === payload.runId,
  })
  async scoringRunUpdated(
    @Root() event: ScoringRunPayload,
    @Ctx() context: Context,
    @Arg("runId", () => ID, { nullable: true }) _runId?: string | null,
  ): Promise<ScoringRun> {
    return loadForEvent(context, ScoringRun, event.runId, "Scoring run");
  }
}
