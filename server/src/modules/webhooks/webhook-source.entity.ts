import type { Opt } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { Organization } from "../organizations/organization.entity.js";

/**
 * A system that posts leads to `POST /v1/webhooks/{key}`: its signing secret, Meta's verify token and
 * the field mapping from its JSON to a capture (e.g. `{ "contact.email": "data.email" }`).
 */
@ObjectType({
  description: "A webhook source: where a vendor or system posts leads, and how its JSON maps to a lead.",
})
@Entity({ tableName: "webhook_source" })
@Index({ properties: ["organization", "createdAt"] })
export class WebhookSource extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Campaign, { deleteRule: "cascade" }) campaign!: Campaign;

  @Field() @Property({ type: "text" }) name!: string;

  @Field({ description: "The unguessable path segment: POST /v1/webhooks/{key}." })
  @Property({ type: "text" })
  @Unique()
  key!: string;

  /** HMAC-SHA256 key for X-Hub-Signature-256; shown once, at creation. */
  @Property({ type: "text" }) secret!: string;

  @Field(() => String, { nullable: true, description: "Meta's hub.verify_token for the GET handshake." })
  @Property({ type: "text", nullable: true })
  verifyToken: string | null = null;

  @Field(() => GraphQLJSONObject, {
    description:
      'Capture field -> dotted JSON path in the posted body, e.g. { "contact.email": "data.email" }.',
  })
  @Property({ type: "jsonb", defaultRaw: "'{}'" })
  fieldMapping: Record<string, string> = {};

  @Field(() => Boolean, {
    description: "An inactive source refuses posts (403 SOURCE_INACTIVE) until reactivated.",
  })
  @Property({ type: "boolean", default: true })
  active: Opt<boolean> = true;

  /** Set by deleteWebhookSource: the source leaves the lists and its URL answers 410; its leads stay. */
  @Property({ type: "datetime", nullable: true })
  deletedAt: Date | null = null;
}
