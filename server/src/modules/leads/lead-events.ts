import { LeadEventType } from "@leadline/shared";
import { loadForEvent, type Context } from "../../graphql/context.js";
import { PipelineEventType, Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";
import type { ScoreChange } from "../scoring/scoring.service.js";
import { Lead } from "./lead.entity.js";

/**
 * Announces a committed change to a lead: always as a lead event and a pipeline event (the board), and
 * as a score change when its score moved. `stageMove` names the stage it left when it changed stage.
 * Call it only after the flush: a subscriber must never see a change that rolled back.
 */
export function publishLeadChange(
  pubSub: LeadlinePubSub,
  organizationId: string,
  type: LeadEventType,
  leadId: string,
  score?: ScoreChange,
  stageMove?: { previousStageId: string | null },
): void {
  pubSub.publish(Topic.LEAD_EVENTS, organizationId, { type, leadId, organizationId });
  pubSub.publish(Topic.PIPELINE_EVENTS, organizationId, {
    type:
      type === LeadEventType.DELETED
        ? PipelineEventType.LEFT
        : type === LeadEventType.CREATED || stageMove
          ? PipelineEventType.ENTERED
          : PipelineEventType.CHANGED,
    leadId,
    organizationId,
    previousStageId: stageMove?.previousStageId ?? null,
  });
  if (score?.changed)
    pubSub.publish(Topic.LEAD_SCORE_CHANGED, organizationId, {
      leadId,
      organizationId,
      score: score.score,
      previousScore: score.previous,
    });
}

/** The lead an event names, read afresh for one subscriber (see loadForEvent). */
export function loadLeadForEvent(context: Context, leadId: string): Promise<Lead> {
  return loadForEvent(context, Lead, leadId, "Lead");
}
