import {
  ActivityType,
  checkTransition,
  LostReason,
  lostReasonText,
  StageCategory,
  LeadStatus,
  type StageLike,
} from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import { badInput } from "../../graphql/errors.js";
import { recordActivity } from "../activities/activity-recorder.js";
import { markFirstContact } from "../routing/sla.service.js";
import type { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { LeadStageChange } from "./lead-stage-change.entity.js";
import { PipelineStage } from "./pipeline-stage.entity.js";

export const MAX_MOVE_NOTE_LENGTH = 1000;

export interface MoveOptions {
  lostReason?: LostReason | null;
  /** Why; required with the reason OTHER (it is the reason's text). */
  note?: string | null;
  actorId: string | null;
  now: Date;
}

export interface StageMove {
  from: PipelineStage | null;
  to: PipelineStage;
}

export const toStageLike = (stage: PipelineStage): StageLike => ({
  id: stage.id,
  category: stage.category,
  status: stage.status,
  retired: stage.retiredAt !== null,
});

/** The first live stage of the organisation mapped to `status` (where a status change lands). */
export function stageForStatus(
  em: EntityManager,
  organizationId: string,
  status: LeadStatus,
): Promise<PipelineStage | null> {
  return em.findOne(
    PipelineStage,
    { organization: organizationId, status, retiredAt: null },
    { orderBy: { position: "asc", id: "asc" } },
  );
}

/**
 * Moves `lead` to `to` inside the caller's unit of work, the one way a lead changes stage (moveLead and
 * updateLead's status both come here): checks the transition and the lost reason, closes the current
 * stay, opens the next with actor and time, keeps status and lost reason in step, and writes a
 * STATUS_CHANGE activity. The caller rescores (status is a scoring field), flushes and publishes.
 */
export async function moveLeadToStage(
  em: EntityManager,
  lead: Lead,
  to: PipelineStage,
  options: MoveOptions,
): Promise<StageMove> {
  const from = lead.stage ? await em.findOne(PipelineStage, { id: lead.stage.id }) : null;
  const check = checkTransition(from && toStageLike(from), toStageLike(to));
  if (!check.ok) throw badInput("stageId", check.reason);
  const note = options.note?.trim() || null;
  if (note && note.length > MAX_MOVE_NOTE_LENGTH)
    throw badInput("note", `must be at most ${MAX_MOVE_NOTE_LENGTH} characters`);
  const lostReason = options.lostReason ?? null;
  if (to.category === StageCategory.LOST) {
    if (!lostReason) throw badInput("lostReason", "is required when a lead is lost");
    if (lostReason === LostReason.OTHER && !note)
      throw badInput("note", "must say why the lead was lost when the reason is OTHER");
  } else if (lostReason) throw badInput("lostReason", "is only for a move to a lost stage");

  for (const open of await em.find(LeadStageChange, { lead, leftAt: null })) open.leftAt = options.now;
  em.create(LeadStageChange, {
    organization: lead.organization,
    lead,
    stage: to,
    fromStage: from,
    enteredAt: options.now,
    actor: options.actorId ? em.getReference(User, options.actorId) : null,
    lostReason,
    note,
  });
  const fromStatus = lead.status;
  lead.stage = to;
  lead.status = to.status;
  lead.stageEnteredAt = options.now;
  // Leaving NEW is the first contact the SLA waits for (as with updateLead).
  if (to.status !== LeadStatus.NEW) markFirstContact(lead, options.now);
  lead.lostReasonCode = lostReason;
  lead.lostReason = lostReason ? lostReasonText(lostReason, note) : null;
  recordActivity(em, lead, {
    type: ActivityType.STATUS_CHANGE,
    occurredAt: options.now,
    actorId: options.actorId,
    subject: `${from?.name ?? "No stage"} → ${to.name}`,
    body: note,
    metadata: {
      fromStageId: from?.id ?? null,
      toStageId: to.id,
      fromStatus,
      toStatus: to.status,
      ...(lostReason && { lostReason }),
    },
  });
  return { from, to };
}
