import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { User } from "../users/user.entity.js";
import { AuthService } from "./auth.service.js";
import { AuthPayload, LoginInput } from "./auth.types.js";

@Resolver()
export class AuthResolver {
  private service(context: Context) {
    return new AuthService(context.em, context.services.accessTokens, context.services.config);
  }

  @Mutation(() => AuthPayload, { description: "Signs in and starts a session." })
  login(@Arg("input", () => LoginInput) input: LoginInput, @Ctx() context: Context): Promise<AuthPayload> {
    return this.service(context).login(input);
  }

  @Mutation(() => AuthPayload, { description: "Renews a session; the refresh token given is used up." })
  refreshSession(
    @Arg("refreshToken", () => String) refreshToken: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    return this.service(context).refresh(refreshToken);
  }

  @Mutation(() => Boolean, {
    description: "Signs out: the refresh token and every token renewed from it stop working. Always true.",
  })
  async logout(
    @Arg("refreshToken", () => String) refreshToken: string,
    @Ctx() context: Context,
  ): Promise<boolean> {
    await this.service(context).logout(refreshToken);
    return true;
  }

  @Authorized()
  @Query(() => User, { description: "The signed-in user." })
  async me(@Ctx() context: Context): Promise<User> {
    const viewer = requireViewer(context);
    return (await context.loaders.user.load(viewer.userId)) ?? Promise.reject(notFound("User"));
  }
}
