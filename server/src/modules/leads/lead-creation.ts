import type { LeadFieldsInput } from "@leadline/shared";
import type { RequiredEntityData } from "@mikro-orm/core";
import type { EntityManager } from "../../db/orm.js";
import { loadSlaSettings, startSlaClock } from "../routing/sla.service.js";
import type { SlaSettings } from "../routing/sla.entity.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { ScoringService, type ScoreChange } from "../scoring/scoring.service.js";
import { applyEnrichment } from "./lead-enrichment.js";
import { Lead } from "./lead.entity.js";

export interface NewLead {
  /** Validated and normalised fields (shared `validateLeadFields`). */
  fields: LeadFieldsInput;
  /** Everything else the channel sets: creator, owner, consent, campaign, engagement. */
  extra?: Partial<RequiredEntityData<Lead>>;
  actorId: string | null;
  /** Business time of the creation (scoring, SLA); default: now. */
  now?: Date;
}

/**
 * How a lead created through GraphQL comes into being, as an entity: enrich, score and start the
 * first-contact clock, inside the caller's unit of work (routing follows, see RoutingService.routeNewLead;
 * the pipeline stage is set by the caller or by the `lead_stage_sync` trigger). The caller flushes
 * (commits) and publishes the change after the commit. Bulk channels (capture, imports) write records
 * set-wise instead (lead-bulk-insert.ts), to the same result.
 */
export class LeadBuilder {
  readonly scoring: ScoringService;
  private slaSettings: Promise<SlaSettings | null> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
  ) {
    this.scoring = new ScoringService(em, organizationId);
  }

  async build({
    fields,
    extra,
    actorId,
    now = new Date(),
  }: NewLead): Promise<{ lead: Lead; score: ScoreChange }> {
    const lead = this.em.create(Lead, {
      ...fields,
      ...extra,
      organization: this.organizationId,
    } as RequiredEntityData<Lead>);
    applyEnrichment(lead);
    const score = await this.scoring.applyScore(lead, ScoreChangeReason.CREATED, actorId, now);
    this.slaSettings ??= loadSlaSettings(this.em, this.organizationId);
    startSlaClock(lead, await this.slaSettings);
    this.em.persist(lead);
    return { lead, score };
  }
}
