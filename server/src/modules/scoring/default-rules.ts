import { DEFAULT_SCORING_RULES } from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import type { Organization } from "../organizations/organization.entity.js";
import { ScoringRule } from "./scoring-rule.entity.js";

/** Gives a new organisation the default rule set (business email, source quality, seniority, ...). */
export function createDefaultScoringRules(em: EntityManager, organization: Organization): ScoringRule[] {
  return DEFAULT_SCORING_RULES.map(({ id: _id, ...rule }) =>
    em.create(ScoringRule, {
      ...rule,
      description: rule.description ?? null,
      exclusiveGroup: rule.exclusiveGroup ?? null,
      organization,
    }),
  );
}
