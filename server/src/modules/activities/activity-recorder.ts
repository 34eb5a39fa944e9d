import {
  ENGAGEMENT_COUNTERS,
  isEngagementActivity,
  isSystemActivity,
  OUTBOUND_ACTIVITY_TYPES,
  type ActivityType,
} from "@leadline/shared";
import { markFirstContact } from "../routing/sla.service.js";
import type { EntityManager } from "../../db/orm.js";
import type { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { LeadActivity } from "./lead-activity.entity.js";

export interface ActivityEntry {
  type: ActivityType;
  occurredAt: Date;
  actorId: string | null;
  subject?: string | null;
  body?: string | null;
  outcome?: string | null;
  durationSeconds?: number | null;
  metadata?: Record<string, unknown>;
}

const later = (a: Date | null, b: Date) => (a && a > b ? a : b);

/**
 * Adds an entry to a lead's timeline inside the caller's unit of work, and keeps what rescoring reads on
 * the lead: activities by people and by the lead count (`activitiesCount`, `lastActivityAt`), system
 * entries do not; engagement also bumps its counter and `lastEngagementAt`. The caller rescores.
 */
export function recordActivity(em: EntityManager, lead: Lead, entry: ActivityEntry): LeadActivity {
  const { actorId, ...fields } = entry;
  const activity = em.create(LeadActivity, {
    ...fields,
    organization: lead.organization,
    lead,
    actor: actorId ? em.getReference(User, actorId) : null,
    metadata: entry.metadata ?? {},
  });
  if (!isSystemActivity(entry.type)) {
    lead.activitiesCount += 1;
    lead.lastActivityAt = later(lead.lastActivityAt, entry.occurredAt);
  }
  if (OUTBOUND_ACTIVITY_TYPES.includes(entry.type)) markFirstContact(lead, entry.occurredAt);
  if (isEngagementActivity(entry.type)) {
    const counter = ENGAGEMENT_COUNTERS[entry.type];
    lead[counter] += 1;
    lead.lastEngagementAt = later(lead.lastEngagementAt, entry.occurredAt);
  }
  return activity;
}
