import { DEFAULT_QUALIFICATION_CRITERIA, DEFAULT_SCORING_RULES } from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import type { Organization } from "../organizations/organization.entity.js";
import { QualificationCriteria } from "./qualification-criteria.entity.js";
import { ScoringRule } from "./scoring-rule.entity.js";

/** Gives a new organisation the default scoring rules (business email, source quality, seniority, ...) and MQL/SQL/HOT criteria; returns the rules. */
export function createScoringDefaults(em: EntityManager, organization: Organization): ScoringRule[] {
  for (const criteria of DEFAULT_QUALIFICATION_CRITERIA)
    em.create(QualificationCriteria, {
      ...criteria,
      requiredFields: [...criteria.requiredFields],
      requiredActivityTypes: [...criteria.requiredActivityTypes],
      organization,
    });
  return DEFAULT_SCORING_RULES.map(({ id: _id, ...rule }) =>
    em.create(ScoringRule, {
      ...rule,
      description: rule.description ?? null,
      exclusiveGroup: rule.exclusiveGroup ?? null,
      organization,
    }),
  );
}
