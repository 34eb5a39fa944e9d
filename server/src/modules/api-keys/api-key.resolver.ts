import { cleanText, Role, roleAtLeast } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { loadInOrganization, requireViewer, type Context } from "../../graphql/context.js";
import { badInput, conflict, notFound } from "../../graphql/errors.js";
import { newestFirstPageInOrganization } from "../../graphql/newest-first-page.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { Topic } from "../../realtime/pubsub.js";
import { User } from "../users/user.entity.js";
import { apiKeyHint, generateApiKey, hashApiKey } from "./api-key-secret.js";
import { ApiKey } from "./api-key.entity.js";

export const ApiKeyConnection = ConnectionType(ApiKey, "ApiKey");

/** Most keys one organisation may hold that are not revoked. */
export const MAX_ACTIVE_API_KEYS = 100;

@InputType({ description: "A new API key." })
export class CreateApiKeyInput {
  @Field({ description: "What the key is for, 1 to 200 characters." }) name!: string;
  @Field(() => Role, { description: "What the key may do: at most your own role." }) role!: Role;
  @Field(() => Date, { nullable: true, description: "When the key stops working; null: never." })
  expiresAt?: Date | null;
}

@ObjectType({ description: "A created key and its secret." })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: "The key's record." }) apiKey!: ApiKey;
  @Field({ description: "The secret to send as `Authorization: Bearer`: shown only now, never again." })
  secret!: string;
}

@InputType({ description: "Which key to revoke." })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: "The key's id." }) id!: string;
}

@ObjectType({ description: "The revoked key." })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: "The key, with `revokedAt` set." }) apiKey!: ApiKey;
}

/** API keys: ADMIN and OWNER manage them. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyConnection, {
    description: "The organisation's API keys (revoked ones too), newest first.",
  })
  apiKeys(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context): Promise<Connection<ApiKey>> {
    return newestFirstPageInOrganization(context, ApiKey, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, {
    description:
      "Creates an API key that acts for you with the given role; its secret is in the answer only.",
  })
  async createApiKey(
    @Arg("input", () => CreateApiKeyInput, { description: "The key's name, role and expiry." })
    input: CreateApiKeyInput,
    @Ctx() context: Context,
  ): Promise<CreateApiKeyPayload> {
    const viewer = requireViewer(context);
    const name = cleanText(input.name);
    if (!name || name.length > 200) throw badInput("name", "must be 1 to 200 characters");
    if (!roleAtLeast(viewer.role, input.role)) throw badInput("role", "cannot be broader than your own role");
    if (input.expiresAt && input.expiresAt <= context.services.clock.now())
      throw badInput("expiresAt", "must be in the future");
    const active = await context.em.count(ApiKey, { organization: viewer.organizationId, revokedAt: null });
    if (active >= MAX_ACTIVE_API_KEYS)
      throw conflict(`An organisation may hold at most ${MAX_ACTIVE_API_KEYS} keys: revoke one first`);
    const secret = generateApiKey();
    const apiKey = context.em.create(ApiKey, {
      organization: viewer.organizationId,
      name,
      role: input.role,
      hint: apiKeyHint(secret),
      hash: hashApiKey(secret),
      createdBy: viewer.userId,
      expiresAt: input.expiresAt ?? null,
    });
    await context.em.persist(apiKey).flush();
    return { apiKey, secret };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload, {
    description: "Revokes an API key: it is refused at once, also on WebSockets it has open.",
  })
  async revokeApiKey(
    @Arg("input", () => RevokeApiKeyInput, { description: "The key to revoke." }) input: RevokeApiKeyInput,
    @Ctx() context: Context,
  ): Promise<RevokeApiKeyPayload> {
    const apiKey = await loadInOrganization(context, ApiKey, input.id, "API key");
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = context.services.clock.now();
      await context.em.flush();
    }
    context.services.pubSub.publish(Topic.API_KEY_REVOKED, { apiKeyId: apiKey.id });
    return { apiKey };
  }

  @FieldResolver(() => User, { description: "Who created the key; the key acts for this user." })
  async createdBy(@Root() apiKey: ApiKey, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(apiKey.createdBy.id)) ?? Promise.reject(notFound("User"));
  }
}
