import { Role } from "@leadline/shared";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { Organization } from "../organizations/organization.entity.js";

/** Highest hourly budget an organisation may give itself. */
export const MAX_REQUESTS_PER_HOUR = 1_000_000;

@ObjectType({ description: "The API's rate limits as they apply to the viewer's organisation." })
export class ApiRateLimits {
  @Field(() => Int, {
    description:
      "Requests (and WebSocket subscribes) one API key, or one signed-out IP address, may make per minute.",
  })
  perPrincipalPerMinute!: number;
  @Field(() => Int, {
    description:
      "Requests (and WebSocket subscribes) one signed-in person (the web app) may make per minute.",
  })
  perUserPerMinute!: number;
  @Field(() => Int, { description: "Requests the organisation's API keys may make together per hour." })
  perOrganizationPerHour!: number;
  @Field({
    description: "Whether the hourly budget is the server's default (not set for this organisation).",
  })
  isDefault!: boolean;
}

@InputType({ description: "The organisation's hourly API-key budget." })
export class UpdateApiRateLimitsInput {
  @Field(() => Int, {
    nullable: true,
    description: `Requests per hour for all API keys together, 1 to ${MAX_REQUESTS_PER_HOUR}; null: the server's default.`,
  })
  requestsPerHour?: number | null;
}

/** Reading the limits: ADMIN; changing the organisation's budget: OWNER. */
@Resolver()
export class ApiRateLimitResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ApiRateLimits, { description: "The API's rate limits for your organisation." })
  async apiRateLimits(@Ctx() context: Context): Promise<ApiRateLimits> {
    const organization = await context.em.findOneOrFail(Organization, requireViewer(context).organizationId);
    return limitsOf(context, organization);
  }

  @Authorized(Role.OWNER)
  @Mutation(() => ApiRateLimits, {
    description: "Sets (or resets to the default) the organisation's hourly API-key budget.",
  })
  async updateApiRateLimits(
    @Arg("input", () => UpdateApiRateLimitsInput, { description: "The new budget." })
    input: UpdateApiRateLimitsInput,
    @Ctx() context: Context,
  ): Promise<ApiRateLimits> {
    const perHour = input.requestsPerHour ?? null;
    if (perHour !== null && (!Number.isInteger(perHour) || perHour < 1 || perHour > MAX_REQUESTS_PER_HOUR))
      throw badInput("requestsPerHour", `must be 1 to ${MAX_REQUESTS_PER_HOUR}`);
    const organization = await context.em.findOneOrFail(Organization, requireViewer(context).organizationId);
    organization.apiRequestsPerHour = perHour;
    await context.em.flush();
    return limitsOf(context, organization);
  }
}

function limitsOf(context: Context, organization: Organization): ApiRateLimits {
  const { api } = context.services.config;
  return {
    perPrincipalPerMinute: api.ratePerPrincipalPerMinute,
    perUserPerMinute: api.ratePerUserPerMinute,
    perOrganizationPerHour: organization.apiRequestsPerHour ?? api.ratePerOrganizationPerHour,
    isDefault: organization.apiRequestsPerHour === null,
  };
}
