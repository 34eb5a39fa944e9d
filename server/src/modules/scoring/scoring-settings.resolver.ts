import { Role, type ScoringCategory } from "@leadline/shared";
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { ScoreChangeReason } from "./lead-score.entity.js";
import { type EffectiveScoringSettings, loadScoringSettings } from "./scoring.service.js";
import { requestRescore } from "./scoring-run.service.js";
import { ScoringSettings } from "./scoring-settings.entity.js";
import { ScoringSettingsView, UpdateScoringSettingsInput } from "./scoring-settings.types.js";

const view = (settings: EffectiveScoringSettings): ScoringSettingsView => ({
  gradeThresholds: settings.gradeThresholds,
  decayPointsPerWeek: settings.decayPointsPerWeek,
  categoryCaps: Object.entries(settings.categoryCaps).map(([category, cap]) => ({
    category: category as ScoringCategory,
    cap: cap!,
  })),
});

@Resolver()
export class ScoringSettingsResolver {
  @Authorized()
  @Query(() => ScoringSettingsView, {
    description: "Grade thresholds, category caps and decay of the viewer's organisation.",
  })
  async scoringSettings(@Ctx() context: Context): Promise<ScoringSettingsView> {
    return view(await loadScoringSettings(context.em, requireViewer(context).organizationId));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScoringSettingsView, {
    description:
      "Changes grade thresholds, category caps and decay (ADMIN and OWNER), and queues the rescoring of every lead.",
  })
  async updateScoringSettings(
    @Arg("input", () => UpdateScoringSettingsInput) input: UpdateScoringSettingsInput,
    @Ctx() context: Context,
  ): Promise<ScoringSettingsView> {
    const viewer = requireViewer(context);
    const { organizationId } = viewer;
    return context.em.transactional(async (em) => {
      const settings =
        (await em.findOne(ScoringSettings, { organization: organizationId })) ??
        em.create(ScoringSettings, { organization: organizationId });
      applySettingsInput(settings, input);
      await em.persist(settings).flush();
      await requestRescore(em, context.services.jobs, {
        organizationId,
        reason: ScoreChangeReason.SETTINGS_CHANGED,
        requestedById: viewer.userId,
      });
      return view(await loadScoringSettings(em, organizationId));
    });
  }
}

/** Checks and copies the given knobs onto `settings`; a bad value names its field (nothing is saved). */
function applySettingsInput(settings: ScoringSettings, input: UpdateScoringSettingsInput): void {
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
  const decay = input.decayPointsPerWeek;
  if (decay !== undefined && decay !== null) {
    if (!Number.isInteger(decay) || decay < 0 || decay > 100)
      throw badInput("decayPointsPerWeek", "must be a whole number from 0 to 100");
    settings.decayPointsPerWeek = decay;
  }
}
