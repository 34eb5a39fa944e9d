import { Role } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { offsetPage, PageArgs } from "../../graphql/offset-page.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { Territory } from "./territory.entity.js";
import { CreateTerritoryInput, DeleteTerritoryInput, UpdateTerritoryInput } from "./territory.inputs.js";
import { TerritoryService } from "./territory.service.js";

@ObjectType({ description: "The territory as saved." })
class TerritoryPayload {
  @Field(() => Territory, { description: "The territory as saved." }) territory!: Territory;
}

@ObjectType({ description: "The territory removed." })
class DeleteTerritoryPayload {
  @Field(() => ID, { description: "Id of the removed territory." }) id!: string;
}

const TerritoryConnection = ConnectionType(Territory, "Territory");
const territories = (context: Context) => new TerritoryService(context.em, requireViewer(context));

/** Territories CRUD: anyone signed in reads them, MANAGERs and above change them. */
@Resolver(() => Territory)
export class TerritoryResolver {
  @Authorized()
  @Query(() => TerritoryConnection, {
    description: "The organisation's territories, in the order routing tries them.",
  })
  territories(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<Connection<Territory>> {
    return offsetPage(page, (offset, limit) => territories(context).list(offset, limit));
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => TerritoryPayload, { description: "Adds a territory (MANAGER and above)." })
  async createTerritory(
    @Arg("input", () => CreateTerritoryInput, { description: "The new territory." })
    input: CreateTerritoryInput,
    @Ctx() context: Context,
  ): Promise<TerritoryPayload> {
    return { territory: await territories(context).create(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => TerritoryPayload, { description: "Changes a territory (MANAGER and above)." })
  async updateTerritory(
    @Arg("input", () => UpdateTerritoryInput, { description: "The changes." }) input: UpdateTerritoryInput,
    @Ctx() context: Context,
  ): Promise<TerritoryPayload> {
    return { territory: await territories(context).update(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => DeleteTerritoryPayload, { description: "Removes a territory (MANAGER and above)." })
  async deleteTerritory(
    @Arg("input", () => DeleteTerritoryInput, { description: "The territory to remove." })
    input: DeleteTerritoryInput,
    @Ctx() context: Context,
  ): Promise<DeleteTerritoryPayload> {
    return { id: await territories(context).delete(input.id) };
  }

  @FieldResolver(() => Team, { nullable: true, description: "The owning team; null when a rep owns it." })
  team(@Root() territory: Territory, @Ctx() context: Context) {
    return territory.team ? context.em.findOne(Team, territory.team.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The owning rep; null when a team owns it." })
  user(@Root() territory: Territory, @Ctx() context: Context) {
    return territory.user ? context.loaders.user.load(territory.user.id) : null;
  }
}
