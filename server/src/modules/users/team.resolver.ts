import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { offsetPage, PageArgs } from "../../graphql/offset-page.js";
import { Team } from "./team.entity.js";
import { User } from "./user.entity.js";

export const TeamConnection = ConnectionType(Team, "Team");

@Resolver(() => Team)
export class TeamResolver {
  @Authorized()
  @Query(() => TeamConnection, { description: "The teams of the viewer's organisation, by name." })
  teams(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<Connection<Team>> {
    const { organizationId } = requireViewer(context);
    return offsetPage(page, (offset, limit) =>
      context.em.findAndCount(
        Team,
        { organization: organizationId },
        { orderBy: { name: "asc", id: "asc" }, offset, limit },
      ),
    );
  }

  @FieldResolver(() => User, { nullable: true, description: "Who leads the team." })
  manager(@Root() team: Team, @Ctx() context: Context): Promise<User | null> {
    return team.manager ? context.loaders.user.load(team.manager.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [User], { description: "Team members, by name." })
  members(@Root() team: Team, @Ctx() context: Context): Promise<User[]> {
    return context.loaders.membersOfTeam.load(team.id);
  }
}
