import { Role } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { loadForEvent, loadInOrganization, requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { findOffsetPage, NEWEST_CREATED_FIRST, PageArgs } from "../../graphql/offset-page.js";
import { Topic, type NotificationAddedPayload } from "../../realtime/pubsub.js";
import { Lead } from "../leads/lead.entity.js";
import { Team } from "../users/team.entity.js";
import { Notification } from "./notification.entity.js";
import { publishWorkloadChanged } from "../routing/workload-events.js";

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: "Only unread ones." }) unreadOnly?: boolean;
}

@InputType({ description: "Which of the viewer's notifications to mark read: the given ids, or all." })
class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({ nullable: true }) all?: boolean;
}

@ObjectType()
class MarkNotificationsReadPayload {
  @Field(() => Int, { description: "How many were unread and are now read." }) marked!: number;
  @Field(() => Int, { description: "Unread notifications left." }) unreadCount!: number;
}

@InputType({ description: "A team's routing and alert settings (MANAGER and above)." })
class UpdateTeamRoutingInput {
  @Field(() => ID) teamId!: string;
  @Field({ nullable: true, description: "Off: leads wait in the team queue to be claimed." })
  assignmentEnabled?: boolean;
  @Field(() => Int, { nullable: true }) maxLeadsPerMember?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "A Slack-compatible incoming webhook URL (https); null removes it.",
  })
  slackWebhookUrl?: string | null;
}

@ObjectType()
class UpdateTeamRoutingPayload {
  @Field(() => Team) team!: Team;
  @Field({ description: "Whether a Slack webhook is set (the URL is a secret and never returned)." })
  slackConfigured!: boolean;
}

const NotificationConnection = ConnectionType(Notification, "Notification");

/** The viewer's notifications: list, unread count, mark read, live arrivals. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  notifications(
    @Args(() => NotificationsArgs) args: NotificationsArgs,
    @Ctx() context: Context,
  ): Promise<Connection<Notification>> {
    const { userId } = requireViewer(context);
    const where = { user: userId, ...(args.unreadOnly ? { readAt: null } : {}) };
    return findOffsetPage(context.em, Notification, where, NEWEST_CREATED_FIRST, args);
  }

  @Authorized()
  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  unreadNotificationCount(@Ctx() context: Context): Promise<number> {
    return context.em.count(Notification, { user: requireViewer(context).userId, readAt: null });
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload, { description: "Marks the viewer's notifications read." })
  async markNotificationsRead(
    @Arg("input", () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() context: Context,
  ): Promise<MarkNotificationsReadPayload> {
    const { userId } = requireViewer(context);
    if (!input.all && !input.ids?.length) throw badInput("ids", "must name notifications, or set all");
    if (input.ids && (input.ids.length > 500 || input.ids.some((id) => !isUuid(id))))
      throw badInput("ids", "must hold at most 500 notification ids");
    const marked = await context.em.nativeUpdate(
      Notification,
      { user: userId, readAt: null, ...(input.all ? {} : { id: { $in: input.ids! } }) },
      { readAt: new Date() },
    );
    return { marked, unreadCount: await this.unreadNotificationCount(context) };
  }

  @Subscription(() => Notification, {
    description: "Notifications for the viewer, as they are created.",
    topics: Topic.NOTIFICATION_ADDED,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
    filter: ({ payload, context }: { payload: NotificationAddedPayload; context: Context }) =>
      payload.userId === requireViewer(context).userId,
  })
  async notificationAdded(
    @Root() event: NotificationAddedPayload,
    @Ctx() context: Context,
  ): Promise<Notification> {
    return loadForEvent(context, Notification, event.notificationId, "Notification");
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => UpdateTeamRoutingPayload, {
    description: "Changes a team's routing and alert settings (MANAGER and above).",
  })
  async updateTeamRouting(
    @Arg("input", () => UpdateTeamRoutingInput) input: UpdateTeamRoutingInput,
    @Ctx() context: Context,
  ): Promise<UpdateTeamRoutingPayload> {
    const { organizationId } = requireViewer(context);
    const team = await loadInOrganization(context, Team, input.teamId, "Team");
    if (input.assignmentEnabled !== undefined && input.assignmentEnabled !== null)
      team.assignmentEnabled = input.assignmentEnabled;
    if (input.maxLeadsPerMember !== undefined) {
      const max = input.maxLeadsPerMember;
      if (max !== null && (!Number.isInteger(max) || max < 0 || max > 10_000))
        throw badInput("maxLeadsPerMember", "must be a whole number from 0 to 10000, or null");
      team.maxLeadsPerMember = max;
    }
    if (input.slackWebhookUrl !== undefined) team.slackWebhookUrl = checkWebhookUrl(input.slackWebhookUrl);
    await context.em.flush();
    publishWorkloadChanged(context.services.pubSub, organizationId, { teamIds: [team.id] });
    return { team, slackConfigured: team.slackWebhookUrl !== null };
  }
}

/** An https URL (http only to this machine, for local peers), or null. */
function checkWebhookUrl(value: string | null): string | null {
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badInput("slackWebhookUrl", "must be a URL");
  }
  const local = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local))
    throw badInput("slackWebhookUrl", "must be an https URL");
  if (url.href.length > 2000) throw badInput("slackWebhookUrl", "is too long");
  return url.href;
}

@Resolver(() => Notification)
export class NotificationFieldsResolver {
  @FieldResolver(() => Lead, { nullable: true, description: "The lead it is about (null once deleted)." })
  lead(@Root() notification: Notification, @Ctx() context: Context): Promise<Lead | null> | null {
    if (!notification.lead) return null;
    const { organizationId } = requireViewer(context);
    return context.em.findOne(Lead, {
      id: notification.lead.id,
      organization: organizationId,
      deletedAt: null,
    });
  }
}
