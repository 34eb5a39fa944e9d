import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";
import { Campaign } from "../campaigns/campaign.entity.js";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { CaptureChannel, CaptureOutcome } from "./capture.enums.js";

/** One entry of the capture log: every submission that reached an organisation, and what became of it. */
@ObjectType({
  description: "A capture attempt: accepted, duplicate, rejected (with the reason), dropped or pending.",
})
@Entity({ tableName: "capture_event" })
@Index({ properties: ["organization", "createdAt"] })
// A deleted lead's rows are found through this index (the foreign key's cascade runs once per lead).
@Index({ properties: ["lead"] })
export class CaptureEvent {
  @Field(() => ID) @PrimaryKey({ type: "uuid" }) id: string = uuidv7();

  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Campaign, { nullable: true, deleteRule: "set null" }) campaign: Campaign | null = null;

  @Field(() => CaptureChannel)
  @Enum({ items: () => CaptureChannel, nativeEnumName: "capture_channel" })
  channel!: CaptureChannel;

  @Field(() => CaptureOutcome)
  @Enum({ items: () => CaptureOutcome, nativeEnumName: "capture_outcome" })
  outcome!: CaptureOutcome;

  @Field(() => String, {
    nullable: true,
    description: "Why it was rejected or dropped, or the vendor notification kind.",
  })
  @Property({ type: "text", nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: "The form id or webhook source key it came through." })
  @Property({ type: "text", nullable: true })
  sourceKey: string | null = null;

  @ManyToOne(() => Lead, { nullable: true, deleteRule: "set null" }) lead: Lead | null = null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "For pending webhooks: the vendor's ids, as received.",
  })
  @Property({ type: "jsonb", nullable: true })
  payload: Record<string, unknown> | null = null;

  @Field(() => Date) @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();
}
