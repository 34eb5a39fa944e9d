import type { FieldError } from "../lead-validation.js";
import type { ScorableLead, ScoringContext } from "../scoring/lead.js";
import {
  type ConditionMatch,
  matchesConditions,
  type RoutingCondition,
  validateConditions,
} from "./conditions.js";

/** The lead fields a territory may be drawn over: place, industry, company size and revenue. */
export const TERRITORY_FIELDS = [
  "country",
  "state",
  "industry",
  "companySize",
  "employees",
  "annualRevenue",
] as const;
export type TerritoryField = (typeof TERRITORY_FIELDS)[number];

/** Most criteria one territory holds. */
export const MAX_TERRITORY_CRITERIA = 20;

/** A territory as matching sees it. */
export interface TerritoryCriteria {
  /** Higher is tried first. */
  priority: number;
  active: boolean;
  criteria: readonly RoutingCondition[];
  criteriaMatch: ConditionMatch;
}

/**
 * The territory a lead belongs to: the first active one, highest priority first (ties keep the given
 * order), whose criteria the lead meets; null when none does. One semantics for routing and the editor.
 */
export function findTerritory<T extends TerritoryCriteria>(
  territories: readonly T[],
  lead: ScorableLead,
  context: ScoringContext,
): T | null {
  const ordered = territories
    .map((territory, index) => ({ territory, index }))
    .filter(({ territory }) => territory.active)
    .sort((a, b) => b.territory.priority - a.territory.priority || a.index - b.index);
  return (
    ordered.find(({ territory }) =>
      matchesConditions(territory.criteria, territory.criteriaMatch, lead, context),
    )?.territory ?? null
  );
}

/**
 * Problems with a territory's criteria, each naming `criteria.<index>.<field>`: at least one (a territory
 * holding every lead would hide all after it), at most MAX_TERRITORY_CRITERIA, only territory fields, and
 * each one able to match (as assignment rule conditions are checked).
 */
export function validateTerritoryCriteria(criteria: readonly RoutingCondition[]): FieldError[] {
  if (criteria.length === 0) return [{ field: "criteria", message: "must hold at least one criterion" }];
  if (criteria.length > MAX_TERRITORY_CRITERIA)
    return [{ field: "criteria", message: `may hold at most ${MAX_TERRITORY_CRITERIA} criteria` }];
  const fields = criteria.flatMap((criterion, index) =>
    (TERRITORY_FIELDS as readonly string[]).includes(criterion.field)
      ? []
      : [{ field: `criteria.${index}.field`, message: `must be one of ${TERRITORY_FIELDS.join(", ")}` }],
  );
  if (fields.length > 0) return fields;
  return validateConditions(criteria).map((error) => ({
    field: error.field.replace(/^conditions\./, "criteria."),
    message: error.message,
  }));
}

/** How a team-owned territory shares its leads among the team's reps. */
export const TerritoryDistribution = { ROUND_ROBIN: "ROUND_ROBIN", LEAST_LOADED: "LEAST_LOADED" } as const;
export type TerritoryDistribution = (typeof TerritoryDistribution)[keyof typeof TerritoryDistribution];
