import { Role } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Field,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { User } from "../users/user.entity.js";
import { Campaign } from "./campaign.entity.js";
import {
  CreateCampaignInput,
  DeleteCampaignInput,
  RotateCampaignTokenInput,
  UpdateCampaignInput,
} from "./campaign.inputs.js";
import { CampaignService } from "./campaign.service.js";

export const CampaignConnection = ConnectionType(Campaign, "Campaign");

@ObjectType()
export class CampaignPayload {
  @Field(() => Campaign) campaign!: Campaign;
}

@ObjectType({ description: "What deleteCampaign removed." })
export class DeleteCampaignPayload {
  @Field(() => ID, { description: "The deleted campaign's id." }) id!: string;
}

const service = (context: Context) =>
  new CampaignService(context.em, requireViewer(context), context.services.pubSub);

/** Campaign administration: MANAGER and above (campaigns carry budgets and the public capture tokens). */
@Resolver(() => Campaign)
export class CampaignResolver {
  @Authorized(Role.MANAGER)
  @Query(() => CampaignConnection, {
    description: "The organisation's campaigns, newest first (MANAGER and above).",
  })
  campaigns(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context): Promise<Connection<Campaign>> {
    return service(context).list(args);
  }

  @Authorized(Role.MANAGER)
  @Query(() => Campaign, {
    nullable: true,
    description: "One campaign of the organisation (MANAGER and above).",
  })
  campaign(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Campaign | null> {
    return service(context).find(id);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CampaignPayload, { description: "Creates a campaign with a new public capture token." })
  async createCampaign(
    @Arg("input", () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() context: Context,
  ): Promise<CampaignPayload> {
    return { campaign: await service(context).create(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CampaignPayload, { description: "Changes a campaign: only the fields given change." })
  async updateCampaign(
    @Arg("input", () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() context: Context,
  ): Promise<CampaignPayload> {
    return { campaign: await service(context).update(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CampaignPayload, {
    description: "Replaces the campaign's public token; the old one works for the grace period.",
  })
  async rotateCampaignToken(
    @Arg("input", () => RotateCampaignTokenInput) input: RotateCampaignTokenInput,
    @Ctx() context: Context,
  ): Promise<CampaignPayload> {
    return { campaign: await service(context).rotateToken(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => DeleteCampaignPayload, {
    description:
      "Deletes a campaign that has no leads, with its forms and webhook sources. One with leads is refused (CONFLICT): set its status to ARCHIVED instead.",
  })
  async deleteCampaign(
    @Arg("input", () => DeleteCampaignInput) input: DeleteCampaignInput,
    @Ctx() context: Context,
  ): Promise<DeleteCampaignPayload> {
    await service(context).delete(input.id);
    return { id: input.id };
  }

  @FieldResolver(() => User, { nullable: true, description: "Captured leads are assigned to this user." })
  autoAssignTo(@Root() campaign: Campaign, @Ctx() context: Context): Promise<User | null> {
    return campaign.autoAssignTo
      ? context.loaders.user.load(campaign.autoAssignTo.id)
      : Promise.resolve(null);
  }
}
