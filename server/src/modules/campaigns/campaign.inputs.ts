import { Field, Float, ID, InputType, Int } from "type-graphql";
import { CampaignStatus, CampaignType } from "./campaign.enums.js";

/** The editable campaign fields, shared by create and update. Omitted fields are left alone; null clears. */
@InputType({
  description: "The editable campaign fields (base of CreateCampaignInput and UpdateCampaignInput).",
})
export abstract class CampaignFieldsInput {
  @Field(() => CampaignType, { nullable: true }) type?: CampaignType | null;
  @Field(() => CampaignStatus, { nullable: true }) status?: CampaignStatus | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." }) startDate?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, not before startDate." }) endDate?:
    string | null;
  @Field(() => Float, { nullable: true }) budget?: number | null;
  @Field(() => Int, { nullable: true }) targetLeads?: number | null;
  @Field(() => String, { nullable: true }) landingPageUrl?: string | null;
  @Field(() => ID, { nullable: true, description: "An active user of the organisation." }) autoAssignToId?:
    string | null;
  @Field(() => [String], { nullable: true }) notificationEmails?: string[] | null;
  @Field(() => [String], { nullable: true, description: "Origins such as https://www.example.com." })
  allowedOrigins?: string[] | null;
}

@InputType()
export class CreateCampaignInput extends CampaignFieldsInput {
  @Field() name!: string;
}

@InputType()
export class UpdateCampaignInput extends CampaignFieldsInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
}

@InputType()
export class RotateCampaignTokenInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, {
    nullable: true,
    description: "Hours the old token keeps working, so live pages can be updated (0 to 168; default 24).",
  })
  gracePeriodHours?: number | null;
}

@InputType({ description: "The campaign to delete (it must have no leads)." })
export class DeleteCampaignInput {
  @Field(() => ID, { description: "The campaign's id." }) id!: string;
}
