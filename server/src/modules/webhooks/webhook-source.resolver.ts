import { Role } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { newestFirstPageInOrganization } from "../../graphql/newest-first-page.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { WebhookSource } from "./webhook-source.entity.js";
import {
  CreateWebhookSourceInput,
  DeleteWebhookSourceInput,
  UpdateWebhookSourceInput,
} from "./webhook-source.inputs.js";
import { createWebhookSource, deleteWebhookSource, updateWebhookSource } from "./webhook-source.service.js";

export const WebhookSourceConnection = ConnectionType(WebhookSource, "WebhookSource");

@ObjectType()
export class CreateWebhookSourcePayload {
  @Field(() => WebhookSource) source!: WebhookSource;
  @Field({ description: "The HMAC secret for X-Hub-Signature-256: shown only now." }) secret!: string;
}

@ObjectType({ description: "The source as changed by updateWebhookSource." })
export class UpdateWebhookSourcePayload {
  @Field(() => WebhookSource) source!: WebhookSource;
  @Field(() => String, {
    nullable: true,
    description:
      "The new random HMAC secret when rotateSecret was asked for: shown only now. Otherwise null.",
  })
  secret!: string | null;
}

@ObjectType({ description: "What deleteWebhookSource removed." })
export class DeleteWebhookSourcePayload {
  @Field(() => ID, { description: "The deleted source's id." }) id!: string;
}

/** Webhook sources: MANAGER and above. */
@Resolver(() => WebhookSource)
export class WebhookSourceResolver {
  @Authorized(Role.MANAGER)
  @Query(() => WebhookSourceConnection, { description: "The organisation's webhook sources, newest first." })
  webhookSources(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<WebhookSource>> {
    return newestFirstPageInOrganization(context, WebhookSource, args, { deletedAt: null });
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CreateWebhookSourcePayload, {
    description: "Creates a webhook source with a new key and secret.",
  })
  createWebhookSource(
    @Arg("input", () => CreateWebhookSourceInput) input: CreateWebhookSourceInput,
    @Ctx() context: Context,
  ): Promise<CreateWebhookSourcePayload> {
    return createWebhookSource(context.em, requireViewer(context), input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => UpdateWebhookSourcePayload, {
    description: "Changes a webhook source (name, mapping, verify token, active) or rotates its secret.",
  })
  updateWebhookSource(
    @Arg("input", () => UpdateWebhookSourceInput) input: UpdateWebhookSourceInput,
    @Ctx() context: Context,
  ): Promise<UpdateWebhookSourcePayload> {
    return updateWebhookSource(context.em, requireViewer(context), input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => DeleteWebhookSourcePayload, {
    description:
      "Deletes a webhook source: it leaves the list and its URL answers 410 Gone; the leads it brought stay.",
  })
  async deleteWebhookSource(
    @Arg("input", () => DeleteWebhookSourceInput) input: DeleteWebhookSourceInput,
    @Ctx() context: Context,
  ): Promise<DeleteWebhookSourcePayload> {
    await deleteWebhookSource(context.em, requireViewer(context), input.id);
    return { id: input.id };
  }

  @FieldResolver(() => ID) campaignId(@Root() source: WebhookSource): string {
    return source.campaign.id;
  }
}
