import { Role } from "@leadline/shared";
import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { offsetPage, PageArgs } from "../../graphql/offset-page.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { ScoringRule } from "./scoring-rule.entity.js";
import {
  CreateScoringRuleInput,
  DeleteScoringRuleInput,
  UpdateScoringRuleInput,
} from "./scoring-rule.inputs.js";
import { ScoringRuleService } from "./scoring-rule.service.js";

@ObjectType()
class ScoringRulePayload {
  @Field(() => ScoringRule) rule!: ScoringRule;
}

@ObjectType()
class DeleteScoringRulePayload {
  @Field(() => ID) id!: string;
}

const ScoringRuleConnection = ConnectionType(ScoringRule, "ScoringRule");

const service = (context: Context) => new ScoringRuleService(context.em, requireViewer(context));

@Resolver(() => ScoringRule)
export class ScoringRuleResolver {
  @Authorized()
  @Query(() => ScoringRuleConnection, {
    description: "The organisation's scoring rules, highest priority first.",
  })
  scoringRules(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<ScoringRule>> {
    return offsetPage(page, (offset, limit) => service(context).list(offset, limit));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScoringRulePayload, { description: "Adds a scoring rule (ADMIN and OWNER)." })
  async createScoringRule(
    @Arg("input", () => CreateScoringRuleInput) input: CreateScoringRuleInput,
    @Ctx() context: Context,
  ): Promise<ScoringRulePayload> {
    return { rule: await service(context).create(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScoringRulePayload, { description: "Changes a scoring rule (ADMIN and OWNER)." })
  async updateScoringRule(
    @Arg("input", () => UpdateScoringRuleInput) input: UpdateScoringRuleInput,
    @Ctx() context: Context,
  ): Promise<ScoringRulePayload> {
    return { rule: await service(context).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteScoringRulePayload, { description: "Removes a scoring rule (ADMIN and OWNER)." })
  async deleteScoringRule(
    @Arg("input", () => DeleteScoringRuleInput) input: DeleteScoringRuleInput,
    @Ctx() context: Context,
  ): Promise<DeleteScoringRulePayload> {
    return { id: (await service(context).delete(input.id)).id };
  }
}
