import { Role } from "@leadline/shared";
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { newestFirstPage } from "../../graphql/newest-first-page.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { CaptureEvent } from "./capture-event.entity.js";
import { CaptureChannel, CaptureOutcome } from "./capture.enums.js";

export const CaptureEventConnection = ConnectionType(CaptureEvent, "CaptureEvent");

@ArgsType()
export class CaptureEventsArgs extends PageArgs {
  @Field(() => [CaptureOutcome], { nullable: true }) outcome?: CaptureOutcome[] | null;
  @Field(() => [CaptureChannel], { nullable: true }) channel?: CaptureChannel[] | null;
}

/** The capture log: accepted, duplicate, rejected (with the reason), dropped and pending captures. */
@Resolver(() => CaptureEvent)
export class CaptureEventResolver {
  @Authorized(Role.MANAGER)
  @Query(() => CaptureEventConnection, {
    description: "The organisation's capture log, newest first (MANAGER and above).",
  })
  captureEvents(
    @Args(() => CaptureEventsArgs) args: CaptureEventsArgs,
    @Ctx() context: Context,
  ): Promise<Connection<CaptureEvent>> {
    return newestFirstPage(
      context.em,
      CaptureEvent,
      {
        organization: requireViewer(context).organizationId,
        ...(args.outcome?.length && { outcome: { $in: args.outcome } }),
        ...(args.channel?.length && { channel: { $in: args.channel } }),
      },
      args,
    );
  }

  @FieldResolver(() => ID, { nullable: true }) leadId(@Root() event: CaptureEvent): string | null {
    return event.lead?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true }) campaignId(@Root() event: CaptureEvent): string | null {
    return event.campaign?.id ?? null;
  }
}
