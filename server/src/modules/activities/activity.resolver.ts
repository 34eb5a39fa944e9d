import { Role, stalenessForDays, Staleness, wholeDaysBetween } from "@leadline/shared";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { selectsField } from "../../graphql/selection.js";
import { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { ActivityService } from "./activity.service.js";
import { LogActivityInput, LogActivityPayload, TimelineArgs } from "./activity.types.js";
import { LeadActivity } from "./lead-activity.entity.js";
import { fetchTimeline } from "./timeline.js";

const LeadActivityConnection = ConnectionType(LeadActivity, "LeadActivity");

@Resolver(() => LeadActivity)
export class ActivityResolver {
  @Authorized(Role.MEMBER)
  @Mutation(() => LogActivityPayload, {
    description:
      "Logs a call, email, meeting, note, SMS, task or engagement on a lead (a MEMBER: on their own leads); the lead is rescored.",
  })
  async logActivity(
    @Arg("input", () => LogActivityInput) input: LogActivityInput,
    @Ctx() context: Context,
  ): Promise<LogActivityPayload> {
    return new ActivityService(
      context.em,
      requireViewer(context),
      context.services.pubSub,
      context.services.clock,
    ).log(input);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Who logged it; null for the system or the lead.",
  })
  actor(@Root() activity: LeadActivity, @Ctx() context: Context): Promise<User | null> {
    return activity.actor ? context.loaders.user.load(activity.actor.id) : Promise.resolve(null);
  }
}

/** The activity side of a lead: its timeline and how stale it is. */
@Resolver(() => Lead)
export class LeadActivityResolver {
  // One query per lead asked for: meant for the lead page.
  @FieldResolver(() => LeadActivityConnection, { description: "What happened to the lead, newest first." })
  timeline(
    @Root() lead: Lead,
    @Args(() => TimelineArgs) args: TimelineArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<LeadActivity>> {
    return fetchTimeline(
      context.em,
      requireViewer(context).organizationId,
      lead.id,
      args,
      selectsField(info, "totalCount"),
    );
  }

  @FieldResolver(() => Staleness, {
    description:
      "WARNING after 30 days without activity (counted from creation when there is none), ALERT after 60.",
  })
  staleness(@Root() lead: Lead, @Ctx() context: Context): Staleness {
    return stalenessForDays(
      wholeDaysBetween(lead.lastActivityAt ?? lead.createdAt, context.services.clock.now()),
    );
  }
}
