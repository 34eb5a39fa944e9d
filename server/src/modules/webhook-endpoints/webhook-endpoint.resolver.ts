import { randomBytes } from "node:crypto";
import { cleanText, Role } from "@leadline/shared";
import { v7 as uuidv7 } from "uuid";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { loadInOrganization, requireViewer, type Context } from "../../graphql/context.js";
import { badInput, conflict } from "../../graphql/errors.js";
import { newestFirstPage, newestFirstPageInOrganization } from "../../graphql/newest-first-page.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { attemptDelivery, webhookDeliveryJob } from "./webhook-delivery.job.js";
import { WebhookDelivery, WebhookEndpoint } from "./webhook-endpoint.entity.js";
import { SUBSCRIBABLE_EVENTS, WebhookDeliveryStatus, WebhookEventType } from "./webhook-events.js";
import { targetProblem } from "./webhook-target.js";

export const WebhookEndpointConnection = ConnectionType(WebhookEndpoint, "WebhookEndpoint");
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, "WebhookDelivery");

/** Most endpoints one organisation may have. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

@InputType({ description: "A new outgoing webhook endpoint." })
export class CreateWebhookEndpointInput {
  @Field({ description: "The http(s) URL to POST events to; private and loopback addresses are refused." })
  url!: string;
  @Field(() => [WebhookEventType], { description: "The events to send (at least one)." })
  events!: WebhookEventType[];
  @Field(() => String, { nullable: true, description: "A note on what receives these events." })
  description?: string | null;
}

@ObjectType({ description: "A created endpoint and its signing secret." })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: "The endpoint." }) endpoint!: WebhookEndpoint;
  @Field({ description: "The HMAC-SHA256 key of the Leadline-Signature header: shown only now." })
  secret!: string;
}

@InputType({ description: "Changes to an endpoint; omitted fields stay." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: "The endpoint's id." }) id!: string;
  @Field(() => String, { nullable: true, description: "A new URL." }) url?: string | null;
  @Field(() => [WebhookEventType], { nullable: true, description: "The new set of events." })
  events?: WebhookEventType[] | null;
  @Field(() => String, { nullable: true, description: "A new note." }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Turn deliveries on or off." }) active?:
    boolean | null;
}

@InputType({ description: "Names one endpoint." })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: "The endpoint's id." }) id!: string;
}

@InputType({ description: "Names one delivery." })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: "The delivery to send again (its event keeps its id)." })
  deliveryId!: string;
}

@ObjectType({ description: "The endpoint a mutation changed." })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: "The endpoint as it is now." }) endpoint!: WebhookEndpoint;
}

@ObjectType({ description: "A delivery a mutation made." })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { description: "The delivery." }) delivery!: WebhookDelivery;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { description: "The endpoint whose deliveries to list." }) endpointId!: string;
}

/** Outgoing webhooks: ADMIN and OWNER. */
@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized(Role.ADMIN)
  @Query(() => WebhookEndpointConnection, {
    description: "The organisation's outgoing webhook endpoints, newest first.",
  })
  webhookEndpoints(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<WebhookEndpoint>> {
    return newestFirstPageInOrganization(context, WebhookEndpoint, args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's deliveries, newest first." })
  async webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() context: Context,
  ): Promise<Connection<WebhookDelivery>> {
    const endpoint = await findEndpoint(context, args.endpointId);
    return newestFirstPage(context.em, WebhookDelivery, { endpoint: endpoint.id }, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateWebhookEndpointPayload, {
    description: "Adds an endpoint with a new signing secret.",
  })
  async createWebhookEndpoint(
    @Arg("input", () => CreateWebhookEndpointInput, { description: "The URL and events." })
    input: CreateWebhookEndpointInput,
    @Ctx() context: Context,
  ): Promise<CreateWebhookEndpointPayload> {
    const viewer = requireViewer(context);
    const count = await context.em.count(WebhookEndpoint, { organization: viewer.organizationId });
    if (count >= MAX_WEBHOOK_ENDPOINTS)
      throw conflict(`An organisation may have at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`);
    const secret = `whsec_${randomBytes(32).toString("base64url")}`;
    const endpoint = context.em.create(WebhookEndpoint, {
      organization: viewer.organizationId,
      url: await checkedUrl(context, input.url),
      events: checkedEvents(input.events),
      description: checkedDescription(input.description),
      secret,
    });
    await context.em.persist(endpoint).flush();
    return { endpoint, secret };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload, {
    description: "Changes an endpoint's URL, events, note or activity.",
  })
  async updateWebhookEndpoint(
    @Arg("input", () => UpdateWebhookEndpointInput, { description: "The endpoint and its changes." })
    input: UpdateWebhookEndpointInput,
    @Ctx() context: Context,
  ): Promise<WebhookEndpointPayload> {
    const endpoint = await findEndpoint(context, input.id);
    if (input.url != null) endpoint.url = await checkedUrl(context, input.url);
    if (input.events != null) endpoint.events = checkedEvents(input.events);
    if (input.description !== undefined) endpoint.description = checkedDescription(input.description);
    if (input.active != null) endpoint.active = input.active;
    await context.em.flush();
    return { endpoint };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload, { description: "Deletes an endpoint and its delivery log." })
  async deleteWebhookEndpoint(
    @Arg("input", () => WebhookEndpointIdInput, { description: "The endpoint." })
    input: WebhookEndpointIdInput,
    @Ctx() context: Context,
  ): Promise<WebhookEndpointPayload> {
    const endpoint = await findEndpoint(context, input.id);
    await context.em.remove(endpoint).flush();
    return { endpoint };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookDeliveryPayload, {
    description: "Sends a delivery's event again, as a new delivery (same event id, fresh retries).",
  })
  async redeliverWebhook(
    @Arg("input", () => RedeliverWebhookInput, { description: "The delivery." }) input: RedeliverWebhookInput,
    @Ctx() context: Context,
  ): Promise<WebhookDeliveryPayload> {
    const viewer = requireViewer(context);
    const original = await loadInOrganization(context, WebhookDelivery, input.deliveryId, "Webhook delivery");
    const delivery = await context.em.transactional(async (tx) => {
      const copy = tx.create(WebhookDelivery, {
        organization: viewer.organizationId,
        endpoint: original.endpoint,
        event: original.event,
        eventId: original.eventId,
        payload: original.payload,
      });
      await tx.flush();
      await context.services.jobs.send(webhookDeliveryJob, { deliveryId: copy.id }, { em: tx });
      return copy;
    });
    return { delivery };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookDeliveryPayload, {
    description:
      "Posts a signed webhook.test event to the endpoint now and answers with the outcome (no retries).",
  })
  async testWebhookEndpoint(
    @Arg("input", () => WebhookEndpointIdInput, { description: "The endpoint." })
    input: WebhookEndpointIdInput,
    @Ctx() context: Context,
  ): Promise<WebhookDeliveryPayload> {
    const endpoint = await findEndpoint(context, input.id);
    const eventId = uuidv7();
    const delivery = context.em.create(WebhookDelivery, {
      organization: endpoint.organization,
      endpoint,
      event: WebhookEventType.WEBHOOK_TEST,
      eventId,
      payload: {
        id: eventId,
        type: WebhookEventType.WEBHOOK_TEST,
        createdAt: new Date().toISOString(),
        data: {},
      },
    });
    const result = await attemptDelivery(endpoint, delivery, context.services.config);
    Object.assign(delivery, {
      attempts: 1,
      lastAttemptAt: new Date(),
      responseCode: result.responseCode,
      latencyMs: result.latencyMs,
      lastError: result.error,
      status: result.ok ? WebhookDeliveryStatus.SUCCEEDED : WebhookDeliveryStatus.FAILED,
    });
    await context.em.persist(delivery).flush();
    return { delivery };
  }
}

const findEndpoint = (context: Context, id: string): Promise<WebhookEndpoint> =>
  loadInOrganization(context, WebhookEndpoint, id, "Webhook endpoint");

async function checkedUrl(context: Context, url: string): Promise<string> {
  const trimmed = url.trim();
  if (trimmed.length > 2000) throw badInput("url", "must be at most 2000 characters");
  const problem = await targetProblem(trimmed, context.services.config.api.webhooksAllowPrivateTargets);
  if (problem) throw badInput("url", problem);
  return trimmed;
}

function checkedEvents(events: WebhookEventType[]): WebhookEventType[] {
  const unique = [...new Set(events)];
  if (unique.length === 0) throw badInput("events", "must name at least one event");
  if (unique.some((event) => !SUBSCRIBABLE_EVENTS.includes(event)))
    throw badInput("events", `must be among ${SUBSCRIBABLE_EVENTS.join(", ")}`);
  return unique;
}

function checkedDescription(description: string | null | undefined): string | null {
  const text = cleanText(description) ?? null;
  if (text && text.length > 500) throw badInput("description", "must be at most 500 characters");
  return text;
}
