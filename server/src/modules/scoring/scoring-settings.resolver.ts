import { Role, type ScoringCategory } from "@leadline/shared";
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { loadScoringSettings } from "./scoring.service.js";
import { ScoringSettings } from "./scoring-settings.entity.js";
import { ScoringSettingsView, UpdateScoringSettingsInput } from "./scoring-settings.types.js";

const view = (settings: {
  gradeThresholds: ScoringSettingsView["gradeThresholds"];
  categoryCaps: Partial<Record<ScoringCategory, number>>;
}): ScoringSettingsView => ({
  gradeThresholds: settings.gradeThresholds,
  categoryCaps: Object.entries(settings.categoryCaps).map(([category, cap]) => ({
    category: category as ScoringCategory,
    cap: cap!,
  })),
});

@Resolver()
export class ScoringSettingsResolver {
  @Authorized()
  @Query(() => ScoringSettingsView, {
    description: "Grade thresholds and category caps of the viewer's organisation.",
  })
  async scoringSettings(@Ctx() context: Context): Promise<ScoringSettingsView> {
    return view(await loadScoringSettings(context.em, requireViewer(context).organizationId));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScoringSettingsView, {
    description: "Changes grade thresholds and category caps (ADMIN and OWNER).",
  })
  async updateScoringSettings(
    @Arg("input", () => UpdateScoringSettingsInput) input: UpdateScoringSettingsInput,
    @Ctx() context: Context,
  ): Promise<ScoringSettingsView> {
    const { organizationId } = requireViewer(context);
    const settings =
      (await context.em.findOne(ScoringSettings, { organization: organizationId })) ??
      context.em.create(ScoringSettings, { organization: organizationId });
    if (input.gradeThresholds) {
      const { A, B, C } = input.gradeThresholds;
      if (!(100 >= A && A > B && B > C && C >= 1))
        throw badInput("gradeThresholds", "must satisfy 100 >= A > B > C >= 1");
      Object.assign(settings, { gradeA: A, gradeB: B, gradeC: C });
    }
    if (input.categoryCaps) {
      if (input.categoryCaps.some(({ cap }) => !Number.isInteger(cap) || cap < 0 || cap > 100))
        throw badInput("categoryCaps", "each cap must be a whole number from 0 to 100");
      if (new Set(input.categoryCaps.map((c) => c.category)).size !== input.categoryCaps.length)
        throw badInput("categoryCaps", "must name each category at most once");
      settings.categoryCaps = Object.fromEntries(
        input.categoryCaps.map(({ category, cap }) => [category, cap]),
      );
    }
    await context.em.persist(settings).flush();
    return view(await loadScoringSettings(context.em, organizationId));
  }
}
