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
import { ScoreChangeReason } from "./lead-score.entity.js";
import { ScoringRun } from "./scoring-run.entity.js";
import { requestRescore } from "./scoring-run.service.js";

const RESCORE_DESCRIPTION = "The background rescoring this change started; null when it changes no score.";

@ObjectType()
class ScoringRulePayload {
  @Field(() => ScoringRule) rule!: ScoringRule;
  @Field(() => ScoringRun, { nullable: true, description: RESCORE_DESCRIPTION }) rescore!: ScoringRun | null;
}

@ObjectType()
class DeleteScoringRulePayload {
  @Field(() => ID) id!: string;
  @Field(() => ScoringRun, { nullable: true, description: RESCORE_DESCRIPTION }) rescore!: ScoringRun | null;
}

const ScoringRuleConnection = ConnectionType(ScoringRule, "ScoringRule");

/**
 * Runs a rule change and, when an active rule was involved, queues the rescoring of the organisation
 * in the same transaction: the change and its run commit together or not at all.
 */
function changeRules<T>(
  context: Context,
  change: (service: ScoringRuleService) => Promise<{ result: T; affectsScores: boolean }>,
): Promise<{ result: T; rescore: ScoringRun | null }> {
  const viewer = requireViewer(context);
  return context.em.transactional(async (em) => {
    const { result, affectsScores } = await change(new ScoringRuleService(em, viewer));
    const rescore = affectsScores
      ? await requestRescore(em, context.services.jobs, {
          organizationId: viewer.organizationId,
          reason: ScoreChangeReason.RULES_CHANGED,
          requestedById: viewer.userId,
        })
      : null;
    return { result, rescore };
  });
}

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
    const { result, rescore } = await changeRules(context, async (rules) => {
      const rule = await rules.create(input);
      return { result: rule, affectsScores: rule.active };
    });
    return { rule: result, rescore };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScoringRulePayload, { description: "Changes a scoring rule (ADMIN and OWNER)." })
  async updateScoringRule(
    @Arg("input", () => UpdateScoringRuleInput) input: UpdateScoringRuleInput,
    @Ctx() context: Context,
  ): Promise<ScoringRulePayload> {
    const { result, rescore } = await changeRules(context, async (rules) => {
      const { rule, affectsScores } = await rules.update(input);
      return { result: rule, affectsScores };
    });
    return { rule: result, rescore };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteScoringRulePayload, { description: "Removes a scoring rule (ADMIN and OWNER)." })
  async deleteScoringRule(
    @Arg("input", () => DeleteScoringRuleInput) input: DeleteScoringRuleInput,
    @Ctx() context: Context,
  ): Promise<DeleteScoringRulePayload> {
    const { result, rescore } = await changeRules(context, async (rules) => {
      const rule = await rules.delete(input.id);
      return { result: rule.id, affectsScores: rule.active };
    });
    return { id: result, rescore };
  }
}
