import type { LeadFieldsInput } from "@leadline/shared";
import type { RequiredEntityData } from "@mikro-orm/core";
import type { EntityManager } from "../../db/orm.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import type { ScoreChange, ScoringService } from "../scoring/scoring.service.js";
import { startSlaClock } from "../routing/sla.service.js";
import { applyEnrichment } from "./lead-enrichment.js";
import { Lead } from "./lead.entity.js";

export interface NewLead {
  organizationId: string;
  /** Validated and normalised fields (shared `validateLeadFields`). */
  fields: LeadFieldsInput;
  /** Everything else the channel sets: creator, owner, consent, campaign, engagement. */
  extra?: Partial<RequiredEntityData<Lead>>;
  actorId: string | null;
  /** Business time of the creation (scoring, SLA); default: now. */
  now?: Date;
}

/**
 * The one way a lead comes into being, whatever the channel (GraphQL, capture API, forms, webhooks,
 * imports): enrich, score and start its first-contact clock, inside the caller's unit of work (routing
 * follows, see RoutingService.routeNewLead; the pipeline stage is set by the caller or by the
 * `lead_stage_sync` trigger). The caller flushes (commits) and
 * publishes the change after the commit.
 */
export async function buildScoredLead(
  em: EntityManager,
  scoring: ScoringService,
  { organizationId, fields, extra, actorId, now = new Date() }: NewLead,
): Promise<{ lead: Lead; score: ScoreChange }> {
  const lead = em.create(Lead, {
    ...fields,
    ...extra,
    organization: organizationId,
  } as RequiredEntityData<Lead>);
  applyEnrichment(lead);
  const score = await scoring.applyScore(lead, ScoreChangeReason.CREATED, actorId, now);
  await startSlaClock(em, lead);
  em.persist(lead);
  return { lead, score };
}
