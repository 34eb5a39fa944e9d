import type { Faker } from "@faker-js/faker";
import { ActivityType, LostReason, lostReasonText, StageCategory } from "@leadline/shared";
import type { EntityManager } from "../db/orm.js";
import { recordActivity } from "../modules/activities/activity-recorder.js";
import type { Lead } from "../modules/leads/lead.entity.js";
import { LeadStageChange } from "../modules/pipeline/lead-stage-change.entity.js";
import type { PipelineStage } from "../modules/pipeline/pipeline-stage.entity.js";

export interface DemoStay {
  stage: PipelineStage;
  enteredAt: Date;
}

const LOST_REASONS = Object.values(LostReason).filter((reason) => reason !== LostReason.OTHER);
const TOUCHES = [ActivityType.CALL, ActivityType.EMAIL, ActivityType.NOTE, ActivityType.MEETING] as const;

/**
 * A believable past for a demo lead, decided before it is scored (the activities are scoring fields):
 * the stages it went through up to where it is (New, Contacted, ... or lost on the way), with times
 * between its creation and now, a STATUS_CHANGE for each move, and a few calls, emails and notes
 * (some leads none: stale leads exist). Returns the stays; `replaceDemoHistory` stores them.
 */
export function demoPipelinePast(
  em: EntityManager,
  faker: Faker,
  lead: Lead,
  stages: readonly PipelineStage[],
  now: Date,
): DemoStay[] {
  const current = lead.stage!;
  const open = stages.filter((stage) => stage.category === StageCategory.OPEN);
  const path =
    current.category === StageCategory.LOST
      ? [...open.slice(0, faker.number.int({ min: 1, max: open.length })), current]
      : [
          ...stages.filter(
            (stage) => stage.category !== StageCategory.LOST && stage.position < current.position,
          ),
          current,
        ];
  const start = lead.createdAt.getTime();
  const span = now.getTime() - start;
  let at = start;
  const stays = path.map((stage, index) => {
    if (index > 0) at += (span - (at - start)) * faker.number.float({ min: 0.1, max: 0.6 });
    return { stage, enteredAt: new Date(at) };
  });
  stays.forEach((stay, index) => {
    if (index === 0) return;
    recordActivity(em, lead, {
      type: ActivityType.STATUS_CHANGE,
      occurredAt: stay.enteredAt,
      actorId: lead.assignedTo?.id ?? null,
      subject: `${stays[index - 1]!.stage.name} → ${stay.stage.name}`,
      metadata: { fromStageId: stays[index - 1]!.stage.id, toStageId: stay.stage.id },
    });
  });
  const touches =
    current.position === 0 ? faker.number.int({ min: 0, max: 1 }) : faker.number.int({ min: 0, max: 4 });
  const entries = Array.from({ length: touches }, () => {
    const type = faker.helpers.arrayElement(TOUCHES);
    return {
      type,
      occurredAt: new Date(start + span * faker.number.float({ min: 0, max: 1 })),
      actorId: lead.assignedTo?.id ?? null,
      subject: `${type === ActivityType.NOTE ? "Note" : type.charAt(0) + type.slice(1).toLowerCase()}: ${faker.company.buzzPhrase()}`,
      durationSeconds:
        type === ActivityType.CALL || type === ActivityType.MEETING
          ? faker.number.int({ min: 60, max: 3600 })
          : null,
    };
  });
  // In time order, so that the lead's first contact is its earliest call, email or meeting.
  entries.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const entry of entries) recordActivity(em, lead, entry);
  const last = stays.at(-1)!;
  lead.stageEnteredAt = last.enteredAt;
  if (current.category === StageCategory.LOST) {
    const reason = faker.helpers.arrayElement(LOST_REASONS);
    lead.lostReasonCode = reason;
    lead.lostReason = lostReasonText(reason, null);
  }
  return stays;
}

/**
 * Stores the demo leads' stage history, replacing the single stay the insert trigger recorded for each
 * (it only knows where a lead is, not how it got there).
 */
export async function replaceDemoHistory(em: EntityManager, pasts: Map<Lead, DemoStay[]>): Promise<void> {
  const leads = [...pasts.keys()];
  await em.nativeDelete(LeadStageChange, { lead: { $in: leads.map((lead) => lead.id) } });
  for (const [lead, stays] of pasts)
    stays.forEach((stay, index) =>
      em.create(LeadStageChange, {
        organization: lead.organization,
        lead,
        stage: stay.stage,
        fromStage: stays[index - 1]?.stage ?? null,
        enteredAt: stay.enteredAt,
        leftAt: stays[index + 1]?.enteredAt ?? null,
        actor: lead.assignedTo,
        lostReason: index === stays.length - 1 ? lead.lostReasonCode : null,
      }),
    );
  await em.flush();
}
