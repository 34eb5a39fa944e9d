import { compileScoring, type CompiledScoring, type GradeThresholds } from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import { OrganizationVersionCache } from "../organizations/organization-version-cache.js";
import { SlaSettings, slaMinutes } from "../routing/sla.entity.js";
import { loadScoringSettings, ScoringService } from "../scoring/scoring.service.js";

/** What scoring a new lead needs, read once per batch: the compiled rules, grade bands and SLA minutes. */
export interface NewLeadScoring {
  scoring: CompiledScoring;
  gradeThresholds: GradeThresholds;
  /** First-contact deadline in minutes for a grade (the organisation's SLA settings). */
  slaMinutes: (grade: string) => number;
}

export async function loadNewLeadScoring(em: EntityManager, organizationId: string): Promise<NewLeadScoring> {
  const [rules, settings, sla] = await Promise.all([
    new ScoringService(em, organizationId).activeRules(),
    loadScoringSettings(em, organizationId),
    em.findOne(SlaSettings, { organization: organizationId }),
  ]);
  return {
    scoring: compileScoring(rules, settings),
    gradeThresholds: settings.gradeThresholds,
    slaMinutes: (grade) => slaMinutes(grade, sla),
  };
}

/**
 * `loadNewLeadScoring` remembered per organisation for as long as its `scoring_version` stays put (moved
 * by triggers on every change of rules, scoring settings and SLA settings, whoever writes them): a batch
 * reads one number instead of the rules and settings, and compiles nothing. The version is read in the
 * caller's transaction.
 */
export class NewLeadScoringCache extends OrganizationVersionCache<NewLeadScoring> {
  constructor() {
    super("scoring_version", loadNewLeadScoring);
  }
}
