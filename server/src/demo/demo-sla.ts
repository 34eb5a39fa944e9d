import type { Faker } from "@faker-js/faker";
import { ActivityType, ContactMethod } from "@leadline/shared";
import type { EntityManager } from "../db/orm.js";
import { recordActivity } from "../modules/activities/activity-recorder.js";
import type { Lead } from "../modules/leads/lead.entity.js";
import type { DemoStay } from "./demo-pipeline.js";

/** Share of contacted leads reached within their grade's deadline; the others are reached late. */
const ON_TIME = 0.7;
/** Share of owned New leads (without a logged call, email or meeting) that were reached anyway. */
const NEW_REACHED = 0.4;
const CALL_OUTCOMES = ["Connected", "Left voicemail", "Booked a demo", "Asked for pricing"];

/**
 * The first contact of a scored demo lead whose SLA clock runs (`slaDueAt`): every lead past New and
 * some owned New ones were reached by their owner, most within the grade's deadline, the rest late,
 * but never after the lead left New or after `now`: a first call or email then, unless the call, email
 * or meeting its past logged came first (`firstContactedAt` is the earliest). A deadline missed before
 * `now` is flagged as the SLA sweep would have flagged it (`slaBreachedAt` = `slaDueAt`), so the
 * sweep finds nothing new when the demo starts.
 */
export function demoFirstContact(
  em: EntityManager,
  faker: Faker,
  lead: Lead,
  stays: readonly DemoStay[],
  now: Date,
): void {
  const start = lead.createdAt.getTime();
  const due = lead.slaDueAt!.getTime();
  // The past's earliest call, email or meeting, if it logged one.
  const logged = lead.firstContactedAt?.getTime() ?? Infinity;
  const reached =
    lead.assignedTo !== null &&
    (stays.length > 1 || logged < Infinity || faker.datatype.boolean({ probability: NEW_REACHED }));
  const allowed = due - start;
  const delay = faker.datatype.boolean({ probability: ON_TIME })
    ? allowed * faker.number.float({ min: 0.1, max: 0.95 }) ** 1.5
    : allowed * faker.number.float({ min: 1.05, max: 4 });
  const at = new Date(Math.min(start + delay, stays[1]?.enteredAt.getTime() ?? Infinity));
  // A call or email logged before then was the first contact; a New lead whose turn has not come yet
  // is still waiting, its deadline perhaps still ahead.
  if (reached && at.getTime() < logged && at <= now) {
    const call =
      lead.phone !== null &&
      !lead.doNotCall &&
      (lead.doNotEmail ||
        lead.preferredContactMethod === ContactMethod.PHONE ||
        faker.datatype.boolean({ probability: 0.4 }));
    recordActivity(em, lead, {
      type: call ? ActivityType.CALL : ActivityType.EMAIL,
      occurredAt: at,
      actorId: lead.assignedTo!.id,
      subject: call ? "Call: Introduction" : "Email: Following up on your enquiry",
      outcome: call ? faker.helpers.arrayElement(CALL_OUTCOMES) : null,
      durationSeconds: call ? faker.number.int({ min: 45, max: 900 }) : null,
    });
    lead.firstContactedAt = at;
  }
  const contacted = lead.firstContactedAt?.getTime() ?? Infinity;
  if (due < now.getTime() && contacted > due) lead.slaBreachedAt = lead.slaDueAt;
}
