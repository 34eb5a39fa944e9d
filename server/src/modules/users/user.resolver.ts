import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { offsetPage, PageArgs } from "../../graphql/offset-page.js";
import { Organization } from "../organizations/organization.entity.js";
import { Team } from "./team.entity.js";
import { User } from "./user.entity.js";

export const UserConnection = ConnectionType(User, "User");

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => UserConnection, { description: "The users of the viewer's organisation, by name." })
  users(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<Connection<User>> {
    const { organizationId } = requireViewer(context);
    return offsetPage(page, (offset, limit) =>
      context.em.findAndCount(
        User,
        { organization: organizationId },
        { orderBy: { name: "asc", id: "asc" }, offset, limit },
      ),
    );
  }

  @FieldResolver(() => Organization)
  async organization(@Root() user: User, @Ctx() context: Context): Promise<Organization> {
    return (
      (await context.loaders.organization.load(user.organization.id)) ??
      Promise.reject(notFound("Organization"))
    );
  }

  @FieldResolver(() => [Team], { description: "Teams the user belongs to." })
  teams(@Root() user: User, @Ctx() context: Context): Promise<Team[]> {
    return context.loaders.teamsOfUser.load(user.id);
  }
}
