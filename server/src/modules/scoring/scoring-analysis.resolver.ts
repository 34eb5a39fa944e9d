import { Role } from "@leadline/shared";
import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { ScoringAnalysisService } from "./scoring-analysis.service.js";
import {
  PreviewScoringInput,
  ScoreDistribution,
  ScoringImpact,
  ScoringImpactInput,
  ScoringPreview,
  ScoringRuleTest,
  TestScoringRuleInput,
} from "./scoring-analysis.types.js";

const service = (context: Context) => new ScoringAnalysisService(context.em, requireViewer(context));

/** Read-only scoring questions: the distribution now, and what draft rules would do. */
@Resolver()
export class ScoringAnalysisResolver {
  @Authorized()
  @Query(() => ScoreDistribution, { description: "Live leads by score bucket and grade, with the average." })
  scoreDistribution(@Ctx() context: Context): Promise<ScoreDistribution> {
    return service(context).distribution();
  }

  @Authorized(Role.MANAGER)
  @Query(() => ScoringRuleTest, {
    description: "Whether a draft rule matches a lead, and for how many points.",
  })
  testScoringRule(
    @Arg("input", () => TestScoringRuleInput) input: TestScoringRuleInput,
    @Ctx() context: Context,
  ): Promise<ScoringRuleTest> {
    return service(context).testRule(input);
  }

  @Authorized(Role.MANAGER)
  @Query(() => [ScoringPreview], {
    description: "Scores before and after a proposed rule set, for some leads.",
  })
  previewScoring(
    @Arg("input", () => PreviewScoringInput) input: PreviewScoringInput,
    @Ctx() context: Context,
  ): Promise<ScoringPreview[]> {
    return service(context).preview(input);
  }

  @Authorized(Role.MANAGER)
  @Query(() => ScoringImpact, {
    description: "What a proposed rule set would change across the organisation, before saving it.",
  })
  scoringImpact(
    @Arg("input", () => ScoringImpactInput) input: ScoringImpactInput,
    @Ctx() context: Context,
  ): Promise<ScoringImpact> {
    return service(context).impact(input.rules);
  }
}
