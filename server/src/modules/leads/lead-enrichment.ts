import { enrichLead } from "@leadline/shared";
import type { Lead } from "./lead.entity.js";

/** Runs local enrichment on a lead: records what it learnt and the status (the lead's fields stay). */
export function applyEnrichment(lead: Lead): void {
  const { status, enrichment } = enrichLead(lead);
  lead.enrichmentStatus = status;
  lead.enrichment = enrichment;
}
