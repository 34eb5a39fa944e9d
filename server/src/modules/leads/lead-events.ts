import type { LeadEventType } from "@leadline/shared";
import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";
import type { ScoreChange } from "../scoring/scoring.service.js";

/**
 * Announces a committed change to a lead: always as a lead event, and as a score change when its
 * score moved. Call it only after the flush: a subscriber must never see a change that rolled back.
 */
export function publishLeadChange(
  pubSub: LeadlinePubSub,
  organizationId: string,
  type: LeadEventType,
  leadId: string,
  score?: ScoreChange,
): void {
  pubSub.publish(Topic.LEAD_EVENTS, organizationId, { type, leadId, organizationId });
  if (score?.changed)
    pubSub.publish(Topic.LEAD_SCORE_CHANGED, organizationId, {
      leadId,
      organizationId,
      score: score.score,
      previousScore: score.previous,
    });
}
