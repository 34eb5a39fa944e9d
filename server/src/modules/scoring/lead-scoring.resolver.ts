import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { offsetPage, PageArgs } from "../../graphql/offset-page.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadScore } from "./lead-score.entity.js";

const LeadScoreConnection = ConnectionType(LeadScore, "LeadScore");

/** The scoring side of a lead: its score history. */
@Resolver(() => Lead)
export class LeadScoringResolver {
  // One query per lead asked for: meant for the lead page, not for lists of leads.
  @FieldResolver(() => LeadScoreConnection, { description: "Every change of the score, newest first." })
  scoreHistory(
    @Root() lead: Lead,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<LeadScore>> {
    const { organizationId } = requireViewer(context);
    return offsetPage(page, (offset, limit) =>
      context.em.findAndCount(
        LeadScore,
        { lead: lead.id, organization: organizationId },
        { orderBy: { createdAt: "desc", id: "desc" }, offset, limit },
      ),
    );
  }
}
