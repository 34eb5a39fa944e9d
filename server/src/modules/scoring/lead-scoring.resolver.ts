import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { Topic, type LeadScoreChangedPayload } from "../../realtime/pubsub.js";
import { LeadScoreChangedEvent } from "./score-override.types.js";
import { ScoreBreakdownItem } from "./score.types.js";
import { findOffsetPage, NEWEST_CREATED_FIRST, PageArgs } from "../../graphql/offset-page.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadScore } from "./lead-score.entity.js";
import { loadLeadForEvent } from "../leads/lead-events.js";

const LeadScoreConnection = ConnectionType(LeadScore, "LeadScore");

/** The scoring side of a lead: its score history and live score changes. */
@Resolver(() => Lead)
export class LeadScoringResolver {
  @FieldResolver(() => [ScoreBreakdownItem], {
    description: "Why the lead has its score: the rules that matched, in order.",
  })
  scoreBreakdown(
    @Root() lead: Lead,
    @Ctx() context: Context,
  ): ScoreBreakdownItem[] | Promise<ScoreBreakdownItem[]> {
    // List pages leave the (bulky) breakdown out; fetch it for the rows that need it, in one query.
    return lead.scoreBreakdown ?? context.loaders.scoreBreakdown.load(lead.id);
  }

  // One query per lead asked for: meant for the lead page, not for lists of leads.
  @FieldResolver(() => LeadScoreConnection, { description: "Every change of the score, newest first." })
  scoreHistory(
    @Root() lead: Lead,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<LeadScore>> {
    const { organizationId } = requireViewer(context);
    const where = { lead: lead.id, organization: organizationId };
    return findOffsetPage(context.em, LeadScore, where, NEWEST_CREATED_FIRST, page);
  }

  @Authorized()
  @Subscription(() => LeadScoreChangedEvent, {
    description:
      "Score changes in the viewer's organisation (of one lead when `leadId` is given), after commit.",
    topics: Topic.LEAD_SCORE_CHANGED,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
    filter: ({ payload, args }: { payload: LeadScoreChangedPayload; args: { leadId?: string | null } }) =>
      !args.leadId || args.leadId === payload.leadId,
  })
  async leadScoreChanged(
    @Root() event: LeadScoreChangedPayload,
    @Ctx() context: Context,
    @Arg("leadId", () => ID, { nullable: true }) _leadId?: string | null,
  ): Promise<LeadScoreChangedEvent> {
    const lead = await loadLeadForEvent(context, event.leadId);
    return {
      lead,
      score: event.score,
      previousScore: event.previousScore,
      grade: lead.grade,
      breakdown: lead.scoreBreakdown,
    };
  }
}
