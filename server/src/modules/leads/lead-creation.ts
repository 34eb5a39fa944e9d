import type { LeadFieldsInput } from "@leadline/shared";
import type { RequiredEntityData } from "@mikro-orm/core";
import type { EntityManager } from "../../db/orm.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import type { ScoreChange, ScoringService } from "../scoring/scoring.service.js";
import { applyEnrichment } from "./lead-enrichment.js";
import { Lead } from "./lead.entity.js";

export interface NewLead {
  organizationId: string;
  /** Validated and normalised fields (shared `validateLeadFields`). */
  fields: LeadFieldsInput;
  /** Everything else the channel sets: creator, owner, consent, campaign, engagement. */
  extra?: Partial<RequiredEntityData<Lead>>;
  actorId: string | null;
}

/**
 * The one way a lead comes into being, whatever the channel (GraphQL, capture API, forms, webhooks,
 * imports): enrich, then score, inside the caller's unit of work. The caller flushes (commits) and
 * publishes the change after the commit.
 */
export async function buildScoredLead(
  em: EntityManager,
  scoring: ScoringService,
  { organizationId, fields, extra, actorId }: NewLead,
): Promise<{ lead: Lead; score: ScoreChange }> {
  const lead = em.create(Lead, {
    ...fields,
    ...extra,
    organization: organizationId,
  } as RequiredEntityData<Lead>);
  applyEnrichment(lead);
  const score = await scoring.applyScore(lead, ScoreChangeReason.CREATED, actorId);
  em.persist(lead);
  return { lead, score };
}
