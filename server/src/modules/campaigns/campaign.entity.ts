import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";
import { CampaignStatus, CampaignType } from "./campaign.enums.js";

/**
 * A marketing campaign: where captured leads say they came from, and the public key its forms and
 * landing pages send (`X-Campaign-Token`). The key is public by design (it sits in web pages): it
 * only lets a page submit leads to this campaign, from the allowed origins, within the rate limits.
 */
@ObjectType({ description: "A marketing campaign that captures leads through its public token." })
@Entity({ tableName: "campaign" })
@Index({ properties: ["organization", "createdAt"] })
export class Campaign extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field() @Property({ type: "text" }) name!: string;

  @Field(() => CampaignType)
  @Enum({ items: () => CampaignType, nativeEnumName: "campaign_type" })
  type: Opt<CampaignType> = CampaignType.WEB;

  @Field(() => CampaignStatus)
  @Enum({ items: () => CampaignStatus, nativeEnumName: "campaign_status" })
  status: Opt<CampaignStatus> = CampaignStatus.DRAFT;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  @Property({ type: "date", nullable: true })
  startDate: string | null = null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  @Property({ type: "date", nullable: true })
  endDate: string | null = null;

  @Field(() => Float, { nullable: true, description: "Total budget, in the organisation's currency." })
  @Property({ type: "double", nullable: true })
  budget: number | null = null;

  @Field(() => Int, { nullable: true }) @Property({ type: "integer", nullable: true }) targetLeads:
    number | null = null;

  @Field(() => String, { nullable: true }) @Property({ type: "text", nullable: true }) landingPageUrl:
    string | null = null;

  /** Captured leads are assigned to this user (until routing rules exist). */
  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) autoAssignTo: User | null = null;

  @Field(() => [String], { description: "Who hears about new leads of this campaign." })
  @Property({ type: "text[]", defaultRaw: "'{}'" })
  notificationEmails: Opt<string[]> = [];

  @Field(() => [String], {
    description:
      "Web origins (https://example.com) whose pages may submit leads; requests from any other origin are refused. Server-to-server calls (no Origin header) are always allowed.",
  })
  @Property({ type: "text[]", defaultRaw: "'{}'" })
  allowedOrigins: Opt<string[]> = [];

  @Field({ description: "The public key pages send as X-Campaign-Token." })
  @Property({ type: "text" })
  @Unique()
  publicToken!: string;

  /** The key before the last rotation, still accepted until `previousTokenExpiresAt` (pages get time to update). */
  @Property({ type: "text", nullable: true })
  @Index()
  previousToken: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "Until when the key before the last rotation still works.",
  })
  @Property({ type: "datetime", nullable: true })
  previousTokenExpiresAt: Date | null = null;
}
