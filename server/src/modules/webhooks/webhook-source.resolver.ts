import { randomBytes } from "node:crypto";
import { cleanText, Role } from "@leadline/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { newestFirstPage } from "../../graphql/newest-first-page.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { campaignOfViewer } from "../forms/form.service.js";
import { MAPPABLE_CAPTURE_FIELDS } from "./webhook-payload.js";
import { WebhookSource } from "./webhook-source.entity.js";

export const WebhookSourceConnection = ConnectionType(WebhookSource, "WebhookSource");

@InputType()
export class CreateWebhookSourceInput {
  @Field(() => ID) campaignId!: string;
  @Field() name!: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: `Capture field -> dotted JSON path. Fields: ${MAPPABLE_CAPTURE_FIELDS.join(", ")}.`,
  })
  fieldMapping?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: "For Meta's GET handshake (hub.verify_token)." })
  verifyToken?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The HMAC key the sender signs with, when it is not ours to choose (Meta signs with the app secret); 16 to 200 characters. Default: a new random secret.",
  })
  secret?: string | null;
}

@ObjectType()
export class CreateWebhookSourcePayload {
  @Field(() => WebhookSource) source!: WebhookSource;
  @Field({ description: "The HMAC secret for X-Hub-Signature-256: shown only now." }) secret!: string;
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
    return newestFirstPage(
      context.em,
      WebhookSource,
      { organization: requireViewer(context).organizationId },
      args,
    );
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CreateWebhookSourcePayload, {
    description: "Creates a webhook source with a new key and secret.",
  })
  async createWebhookSource(
    @Arg("input", () => CreateWebhookSourceInput) input: CreateWebhookSourceInput,
    @Ctx() context: Context,
  ): Promise<CreateWebhookSourcePayload> {
    const viewer = requireViewer(context);
    const campaign = await campaignOfViewer(context.em, viewer, input.campaignId);
    const name = cleanText(input.name);
    if (!name || name.length > 200) throw badInput("name", "must be 1 to 200 characters");
    const mapping = input.fieldMapping ?? {};
    for (const [target, path] of Object.entries(mapping))
      if (
        !(MAPPABLE_CAPTURE_FIELDS as readonly string[]).includes(target) ||
        typeof path !== "string" ||
        path.length > 300
      )
        throw badInput("fieldMapping", `"${target}" must be a capture field mapped to a dotted JSON path`);
    if (input.secret != null && (input.secret.length < 16 || input.secret.length > 200))
      throw badInput("secret", "must be 16 to 200 characters");
    const secret = input.secret ?? randomBytes(32).toString("base64url");
    const source = context.em.create(WebhookSource, {
      organization: viewer.organizationId,
      campaign,
      name,
      key: randomBytes(18).toString("base64url"),
      secret,
      verifyToken: cleanText(input.verifyToken) ?? null,
      fieldMapping: mapping as Record<string, string>,
    });
    await context.em.persist(source).flush();
    return { source, secret };
  }

  @FieldResolver(() => ID) campaignId(@Root() source: WebhookSource): string {
    return source.campaign.id;
  }
}
