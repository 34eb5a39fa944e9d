import { registerEnumType } from "type-graphql";

export const CampaignType = {
  WEB: "WEB",
  PAID_SEARCH: "PAID_SEARCH",
  SOCIAL: "SOCIAL",
  EMAIL: "EMAIL",
  EVENT: "EVENT",
  REFERRAL: "REFERRAL",
  OTHER: "OTHER",
} as const;
export type CampaignType = (typeof CampaignType)[keyof typeof CampaignType];
registerEnumType(CampaignType, { name: "CampaignType", description: "The channel a campaign runs on." });

export const CampaignStatus = {
  DRAFT: "DRAFT",
  ACTIVE: "ACTIVE",
  PAUSED: "PAUSED",
  COMPLETED: "COMPLETED",
} as const;
export type CampaignStatus = (typeof CampaignStatus)[keyof typeof CampaignStatus];
registerEnumType(CampaignStatus, {
  name: "CampaignStatus",
  description: "DRAFT and ACTIVE campaigns accept captured leads; PAUSED and COMPLETED ones refuse them.",
});

/** Statuses whose token the capture API accepts (a draft campaign's form can be tried out). */
export const CAPTURING_STATUSES: readonly CampaignStatus[] = [CampaignStatus.DRAFT, CampaignStatus.ACTIVE];
