import {
  ACTIVITY_TEXT_LIMITS,
  isSystemActivity,
  LeadEventType,
  MAX_ACTIVITY_DURATION_SECONDS,
  MAX_ACTIVITY_METADATA_BYTES,
} from "@leadline/shared";
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
import { recordActivity } from "./activity-recorder.js";
import type { LogActivityInput } from "./activity.types.js";
import type { LeadActivity } from "./lead-activity.entity.js";
import { publishWorkloadChanged } from "../routing/workload-events.js";

const YEAR_MS = 366 * 86_400_000;

/** Activities logged by people and integrations, for one viewer. */
export class ActivityService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pubSub: LeadlinePubSub,
    private readonly clock: Clock,
  ) {}

  /**
   * One transaction with the lead's row locked (counters are read, bumped and written): the activity, the
   * lead's counters and last activity, and its new score (activity count, engagement and recency are
   * scoring fields). Announced after commit.
   */
  async log(input: LogActivityInput): Promise<{ activity: LeadActivity; lead: Lead }> {
    const { organizationId, userId } = this.viewer;
    const now = this.clock.now();
    const entry = this.validate(input, now);
    const result = await this.em.transactional(async (tx) => {
      const lead = await findLiveLeadOrFail(tx, organizationId, input.leadId, true);
      assertCanChangeLead(this.viewer, lead);
      const contactedBefore = lead.firstContactedAt;
      const activity = recordActivity(tx, lead, { ...entry, actorId: userId });
      const score = await new ScoringService(tx, organizationId).applyScore(
        lead,
        ScoreChangeReason.ACTIVITY,
        userId,
        now,
      );
      return { activity, lead, score, firstContact: lead.firstContactedAt !== contactedBefore };
    });
    publishLeadChange(this.pubSub, organizationId, LeadEventType.UPDATED, result.lead.id, result.score);
    // A first contact moves the owner's SLA figures.
    if (result.firstContact)
      publishWorkloadChanged(this.pubSub, organizationId, { userIds: [result.lead.assignedTo?.id] });
    return result;
  }

  private validate(input: LogActivityInput, now: Date) {
    if (isSystemActivity(input.type))
      throw badInput("type", `${input.type} is written by Leadline itself and cannot be logged`);
    const text = (field: keyof typeof ACTIVITY_TEXT_LIMITS) => {
      const value = input[field]?.trim() || null;
      if (value && value.length > ACTIVITY_TEXT_LIMITS[field])
        throw badInput(field, `must be at most ${ACTIVITY_TEXT_LIMITS[field]} characters`);
      return value;
    };
    const duration = input.durationSeconds ?? null;
    if (
      duration !== null &&
      (!Number.isInteger(duration) || duration < 0 || duration > MAX_ACTIVITY_DURATION_SECONDS)
    )
      throw badInput("durationSeconds", `must be a whole number from 0 to ${MAX_ACTIVITY_DURATION_SECONDS}`);
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt.getTime() > now.getTime() + YEAR_MS)
      throw badInput("occurredAt", "must be within a year from now");
    const metadata = input.metadata ?? {};
    if (new TextEncoder().encode(JSON.stringify(metadata)).length > MAX_ACTIVITY_METADATA_BYTES)
      throw badInput("metadata", `must be at most ${MAX_ACTIVITY_METADATA_BYTES} bytes as JSON`);
    return {
      type: input.type,
      subject: text("subject"),
      body: text("body"),
      outcome: text("outcome"),
      durationSeconds: duration,
      occurredAt,
      metadata,
    };
  }
}
