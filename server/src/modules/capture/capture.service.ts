import { LeadEventType } from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { Services } from "../../graphql/context.js";
import { Notifier } from "../notifications/notifier.js";
import { publishLeadAssigned } from "../routing/assignment.service.js";
import { notifyRouting } from "../routing/routing-notifications.js";
import { RoutingService, type RoutingDecision } from "../routing/routing.service.js";
import type { Campaign } from "../campaigns/campaign.entity.js";
import { buildScoredLead } from "../leads/lead-creation.js";
import { publishLeadChange } from "../leads/lead-events.js";
import { emitLeadWebhooks } from "../webhook-endpoints/webhook-outbox.js";
import { Lead } from "../leads/lead.entity.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import type { ScoreChange } from "../scoring/scoring.service.js";
import { ScoringService } from "../scoring/scoring.service.js";
import { CaptureError, CaptureErrorKind } from "./capture-errors.js";
import { CaptureEvent } from "./capture-event.entity.js";
import type { CapturedLead } from "./capture-payload.js";
import { CaptureRequest } from "./capture-request.entity.js";
import { type CaptureChannel, CaptureOutcome } from "./capture.enums.js";

/** The same email for the same campaign within this window is one person submitting again. */
export const DUPLICATE_SUBMISSION_HOURS = 24;

export interface CaptureAnswer {
  status: number;
  body: Record<string, unknown>;
  /** True when the answer is the stored first answer to an earlier request with the same Idempotency-Key. */
  replayed: boolean;
  leadId: string;
}

export interface CaptureOptions {
  channel: CaptureChannel;
  /** The form id or webhook source key the lead came through. */
  sourceKey?: string | null;
  idempotencyKey?: string;
  /** SHA-256 of the request body, to refuse a reused key with another body. */
  bodyHash?: string;
}

/**
 * Takes one captured lead into the campaign's organisation, in one transaction: the idempotency key,
 * the duplicate-submission check, the lead with its enrichment and score, the capture log entry and the
 * stored answer commit together, so a 201 is only ever sent for a lead that is committed.
 */
export async function captureLead(
  em: EntityManager,
  services: Pick<Services, "pubSub" | "jobs">,
  campaign: Campaign,
  captured: CapturedLead,
  options: CaptureOptions,
): Promise<CaptureAnswer> {
  const organizationId = campaign.organization.id;
  const { pubSub } = services;
  let change: { type: LeadEventType; score: ScoreChange } | undefined;
  // Routing's round-robin turn is taken before the transaction (see RoutingService.takeTicket); a
  // submission that turns out to be a duplicate leaves a gap in the turns.
  const ticket = campaign.autoAssignTo
    ? null
    : await new RoutingService(em, organizationId).takeTicket(
        em.create(Lead, { ...captured.fields, organization: organizationId }, { persist: false }),
      );
  let routed: RoutingDecision | null | undefined;
  let notifier: Notifier | undefined;
  const answer = await em.transactional(async (tx): Promise<CaptureAnswer> => {
    const db = tx.getKysely();
    if (options.idempotencyKey) {
      // A concurrent request with the same key waits here until the first commits, then replays it.
      const claimed = await sql<{ id: string }>`
        insert into capture_request (id, campaign_id, key, request_hash)
        values (gen_random_uuid(), ${campaign.id}, ${options.idempotencyKey}, ${options.bodyHash ?? ""})
        on conflict (campaign_id, key) do nothing returning id`.execute(db);
      if (claimed.rows.length === 0) return replay(tx, campaign.id, options);
    }
    const email = captured.fields.email;
    const now = new Date();
    let lead: Lead | null = null;
    if (email) {
      // Serialises submissions of one email to one campaign, so two at once cannot both create a lead.
      await sql`select pg_advisory_xact_lock(hashtextextended(${`${campaign.id}:${email}`}, 0))`.execute(db);
      lead = await tx.findOne(
        Lead,
        {
          organization: organizationId,
          sourceCampaign: campaign.id,
          email,
          deletedAt: null,
          createdAt: { $gt: new Date(now.getTime() - DUPLICATE_SUBMISSION_HOURS * 3_600_000) },
        },
        { orderBy: { createdAt: "desc" } },
      );
    }
    const scoring = new ScoringService(tx, organizationId);
    let result: { status: number; body: Record<string, unknown>; outcome: CaptureOutcome };
    if (lead) {
      lead.formSubmissions += 1;
      lead.lastEngagementAt = now;
      change = {
        type: LeadEventType.UPDATED,
        score: await scoring.applyScore(lead, ScoreChangeReason.UPDATED, null),
      };
      result = {
        status: 409,
        outcome: CaptureOutcome.DUPLICATE,
        body: {
          ...new CaptureError(
            409,
            CaptureErrorKind.DUPLICATE_SUBMISSION,
            "DUPLICATE_SUBMISSION",
            `This email already submitted to this campaign within ${DUPLICATE_SUBMISSION_HOURS} hours; the existing request was updated instead of creating a new one`,
            "contact.email",
          ).body(),
          lead_id: lead.id,
        },
      };
    } else {
      const built = await buildScoredLead(tx, scoring, {
        organizationId,
        fields: captured.fields,
        actorId: null,
        extra: {
          sourceCampaign: campaign,
          assignedTo: campaign.autoAssignTo,
          formSubmissions: 1,
          lastEngagementAt: now,
          consent: {
            given: captured.consentGiven,
            at: captured.consentGiven ? now : null,
            source: options.channel,
          },
        },
      });
      lead = built.lead;
      change = { type: LeadEventType.CREATED, score: built.score };
      await tx.flush();
      routed = await new RoutingService(tx, organizationId).routeNewLead(lead, ticket);
      notifier = new Notifier(tx, services.jobs, organizationId);
      if (routed) await notifyRouting(tx, notifier, lead, routed);
      result = { status: 201, outcome: CaptureOutcome.ACCEPTED, body: acceptedBody(lead.id, captured) };
    }
    await emitLeadWebhooks(
      tx,
      services.jobs,
      lead,
      change.type === LeadEventType.CREATED
        ? { created: true, assigned: routed?.userId ? { toUserId: routed.userId, type: routed.type } : null }
        : { updated: true, score: change.score },
    );
    tx.create(CaptureEvent, {
      organization: organizationId,
      campaign,
      channel: options.channel,
      outcome: result.outcome,
      sourceKey: options.sourceKey ?? null,
      lead,
      payload: null,
      createdAt: now,
    });
    await tx.flush();
    if (options.idempotencyKey)
      await sql`update capture_request set status_code = ${result.status}, response = ${JSON.stringify(result.body)}::jsonb
        where campaign_id = ${campaign.id} and key = ${options.idempotencyKey}`.execute(db);
    return { status: result.status, body: result.body, replayed: false, leadId: lead.id };
  });
  if (change && !answer.replayed) {
    publishLeadChange(pubSub, organizationId, change.type, answer.leadId, change.score);
    notifier?.publish(pubSub);
    if (routed?.userId)
      publishLeadAssigned(pubSub, organizationId, answer.leadId, routed.userId, routed.type);
  }
  return answer;
}

async function replay(
  tx: EntityManager,
  campaignId: string,
  options: CaptureOptions,
): Promise<CaptureAnswer> {
  const first = await tx.findOneOrFail(CaptureRequest, {
    campaign: campaignId,
    key: options.idempotencyKey!,
  });
  if (first.requestHash !== (options.bodyHash ?? ""))
    throw new CaptureError(
      422,
      CaptureErrorKind.VALIDATION_ERROR,
      "IDEMPOTENCY_KEY_REUSED",
      "This Idempotency-Key was already used with a different request body",
      "Idempotency-Key",
    );
  const body = first.response as Record<string, unknown>;
  return { status: first.statusCode ?? 500, body, replayed: true, leadId: String(body.lead_id ?? "") };
}

const URGENT = new Set(["urgent", "high", "asap", "immediate", "immediately"]);

function acceptedBody(leadId: string, { payload }: CapturedLead): Record<string, unknown> {
  const urgent = URGENT.has(payload.lead_details?.urgency?.trim().toLowerCase() ?? "");
  const phone = Boolean(payload.contact.phone?.trim());
  return {
    success: true,
    lead_id: leadId,
    message: "Thank you! Your request has been received.",
    next_steps: {
      expected_response_time: urgent ? "within 1 hour" : "within 24 hours",
      contact_method: phone && (urgent || !payload.contact.email) ? "phone" : "email",
      tracking_enabled: Boolean(payload.tracking?.visitor_id || payload.tracking?.session_id),
    },
  };
}
