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
  ARCHIVED: "ARCHIVED",
} as const;
export type CampaignStatus = (typeof CampaignStatus)[keyof typeof CampaignStatus];
registerEnumType(CampaignStatus, {
  name: "CampaignStatus",
  description:
    "DRAFT and ACTIVE campaigns accept captured leads; PAUSED, COMPLETED and ARCHIVED ones refuse them. ARCHIVED stands in for deleting a campaign that has leads: it keeps its leads and reports, and takes no new forms or webhook sources.",
});

/** Statuses whose token the capture API accepts (a draft campaign's form can be tried out). */
export const CAPTURING_STATUSES: readonly CampaignStatus[] = [CampaignStatus.DRAFT, CampaignStatus.ACTIVE];
