import { compileScoring, type CompiledScoring, type GradeThresholds } from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
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

const MAX_CACHED = 10_000;

/**
 * `loadNewLeadScoring` remembered per organisation for as long as its `scoring_version` stays put (moved
 * by triggers on every change of rules, scoring settings and SLA settings, whoever writes them): a batch
 * reads one number instead of the rules and settings, and compiles nothing. Exact, not time-based: the
 * version is read first, in the caller's transaction, so cached rules are never older than the version.
 */
export class NewLeadScoringCache {
  private readonly entries = new Map<string, { version: number; context: NewLeadScoring }>();

  async get(em: EntityManager, organizationId: string): Promise<NewLeadScoring> {
    const { rows } = await sql<{ version: number }>`
      select scoring_version as version from organization where id = ${organizationId}`.execute(
      em.getKysely(),
    );
    const version = rows[0]?.version ?? -1;
    const cached = this.entries.get(organizationId);
    if (cached?.version === version) return cached.context;
    const context = await loadNewLeadScoring(em, organizationId);
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    this.entries.set(organizationId, { version, context });
    return context;
  }
}
