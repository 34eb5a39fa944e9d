import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { WebhookDeliveryStatus, WebhookEventType } from "./webhook-events.js";

@ObjectType({
  description:
    "Where Leadline posts events (outgoing webhooks), signed with the endpoint's secret in the Leadline-Signature header.",
})
@Entity({ tableName: "webhook_endpoint" })
@Index({ properties: ["organization", "createdAt"] })
export class WebhookEndpoint extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field({ description: "The http(s) URL events are POSTed to." })
  @Property({ type: "text" })
  url!: string;

  @Field(() => String, { nullable: true, description: "A note on what receives these events." })
  @Property({ type: "text", nullable: true })
  description: string | null = null;

  @Field(() => [WebhookEventType], { description: "The events this endpoint receives." })
  @Property({ type: "text[]" })
  events!: WebhookEventType[];

  /** HMAC-SHA256 key of the signatures; shown once, at creation. */
  @Property({ type: "text", hidden: true })
  secret!: string;

  @Field(() => Boolean, { description: "Inactive endpoints receive nothing (pending retries fail)." })
  @Property({ type: "boolean", default: true })
  active: Opt<boolean> = true;
}

@ObjectType({
  description: "One event on its way to one endpoint: its attempts, the last answer and how long it took.",
})
@Entity({ tableName: "webhook_delivery" })
@Index({ properties: ["endpoint", "createdAt"] })
export class WebhookDelivery extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => WebhookEndpoint, { deleteRule: "cascade" }) endpoint!: WebhookEndpoint;

  @Field(() => WebhookEventType, { description: "What the delivery announces." })
  @Property({ type: "text" })
  event!: WebhookEventType;

  @Field(() => ID, {
    description: "The event's id (the body's `id`): the same on redeliveries, for deduplication.",
  })
  @Property({ type: "uuid" })
  eventId!: string;

  @Field(() => GraphQLJSONObject, { description: "The JSON body posted (signed as sent)." })
  @Property({ type: "jsonb" })
  payload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus, { description: "Where the delivery stands." })
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: "webhook_delivery_status" })
  status: Opt<WebhookDeliveryStatus> = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: "Attempts so far." })
  @Property({ type: "integer", default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => Int, {
    nullable: true,
    description: "The HTTP status of the last answer; null: none (network error).",
  })
  @Property({ type: "integer", nullable: true })
  responseCode: Opt<number> | null = null;

  @Field(() => Int, { nullable: true, description: "How long the last attempt took, in milliseconds." })
  @Property({ type: "integer", nullable: true })
  latencyMs: Opt<number> | null = null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed." })
  @Property({ type: "text", nullable: true })
  lastError: Opt<string> | null = null;

  @Field(() => Date, { nullable: true, description: "When the last attempt was made." })
  @Property({ type: "datetime", nullable: true })
  lastAttemptAt: Opt<Date> | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When the next retry is due, while PENDING after a failure.",
  })
  @Property({ type: "datetime", nullable: true })
  nextAttemptAt: Opt<Date> | null = null;
}
