import { LeadEventType } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { Clock } from "../../clock.js";
import type { EntityManager } from "../../db/orm.js";
import { badInput } from "../../graphql/errors.js";
import type { LeadlinePubSub } from "../../realtime/pubsub.js";
import type { Viewer } from "../auth/viewer.js";
import { assertCanChangeLead, findLiveLeadOrFail } from "../leads/lead-access.js";
import { publishLeadChange } from "../leads/lead-events.js";
import type { Lead } from "../leads/lead.entity.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { ScoringService } from "../scoring/scoring.service.js";
import { PipelineStage } from "./pipeline-stage.entity.js";
import type { MoveLeadInput } from "./pipeline.types.js";
import { moveLeadToStage, type StageMove } from "./stage-move.js";
import { publishWorkloadChanged } from "../routing/workload-events.js";

/** Moves leads between stages for one viewer. */
export class PipelineService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pubSub: LeadlinePubSub,
    private readonly clock: Clock,
  ) {}

  /**
   * One transaction, with the lead's row locked (two people dragging the same card take turns): the
   * move, its history and activity, and the rescore. Announced after commit.
   */
  async moveLead(input: MoveLeadInput): Promise<{ lead: Lead; move: StageMove }> {
    const { organizationId, userId } = this.viewer;
    const { lead, move, score, statusChanged } = await this.em.transactional(async (tx) => {
      const lead = await findLiveLeadOrFail(tx, organizationId, input.leadId, true);
      assertCanChangeLead(this.viewer, lead);
      const statusBefore = lead.status;
      const to = isUuid(input.stageId)
        ? await tx.findOne(PipelineStage, { id: input.stageId, organization: organizationId })
        : null;
      if (!to) throw badInput("stageId", "is not a stage of your pipeline");
      const now = this.clock.now();
      const move = await moveLeadToStage(tx, lead, to, {
        lostReason: input.lostReason,
        note: input.note,
        actorId: userId,
        now,
      });
      const score = await new ScoringService(tx, organizationId).applyScore(
        lead,
        ScoreChangeReason.UPDATED,
        userId,
        now,
      );
      return { lead, move, score, statusChanged: lead.status !== statusBefore };
    });
    publishLeadChange(this.pubSub, organizationId, LeadEventType.UPDATED, lead.id, score, {
      previousStageId: move.from?.id ?? null,
    });
    // A closed lead leaves its owner's open count; leaving NEW is the first contact (SLA figures).
    if (statusChanged)
      publishWorkloadChanged(this.pubSub, organizationId, { userIds: [lead.assignedTo?.id] });
    return { lead, move };
  }
}
