import { LeadEventType, newLeadState } from "@leadline/shared";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import type { Services } from "../../graphql/context.js";
import { Notifier } from "../notifications/notifier.js";
import { publishLeadAssigned } from "../routing/assignment.service.js";
import { notifyRouting } from "../routing/routing-notifications.js";
import { RoutingService, type RoutingDecision, type RoutingTicket } from "../routing/routing.service.js";
import type { Campaign } from "../campaigns/campaign.entity.js";
import {
  fieldColumns,
  insertLeads,
  routedColumns,
  scoredLeadRecord,
  type NewLeadState,
} from "../leads/lead-bulk-insert.js";
import { NewLeadScoringCache, type NewLeadScoring } from "../leads/new-lead-scoring.js";
import { RoutingConfigCache, type RoutingConfig } from "../routing/routing-config.js";
import type { OrganizationVersion } from "../organizations/organization-version-cache.js";
import { publishLeadChange } from "../leads/lead-events.js";
import {
  emitLeadsWebhooks,
  type LeadWebhookChange,
  type WebhookLead,
} from "../webhook-endpoints/webhook-outbox.js";
import { Lead } from "../leads/lead.entity.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { ScoringService, type ScoreChange } from "../scoring/scoring.service.js";
import { CaptureError, CaptureErrorKind } from "./capture-errors.js";
import type { CapturedLead } from "./capture-payload.js";
import { CaptureRequest } from "./capture-request.entity.js";
import { type CaptureChannel, CaptureOutcome } from "./capture.enums.js";
import { publishWorkloadChanged } from "../routing/workload-events.js";

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

/** One captured lead waiting to be taken in (all of a batch belong to one organisation). */
export interface CaptureSubmission {
  campaign: Campaign;
  captured: CapturedLead;
  options: CaptureOptions;
}

/** Each submission's answer, or the refusal that is its answer. */
export type CaptureResult = CaptureAnswer | CaptureError;

/** A request repeating an Idempotency-Key of the same batch: answered once its first request is. */
const FOLLOWER = Symbol("repeats a key of the batch");
type Slot = CaptureResult | typeof FOLLOWER | undefined;

/** A submission this batch takes in itself (not a refusal, not a replay of a stored answer). */
const isTakenIn = (slot: Slot): slot is CaptureAnswer =>
  typeof slot === "object" && !(slot instanceof CaptureError) && !slot.replayed;

/** What batches of an organisation keep between them, each checked against one version number a batch. */
export interface CaptureCaches {
  scoring: NewLeadScoringCache;
  routing: RoutingConfigCache;
}

export const newCaptureCaches = (): CaptureCaches => ({
  scoring: new NewLeadScoringCache(),
  routing: new RoutingConfigCache(),
});

/** What to publish once the batch has committed. */
interface Committed {
  leadId: string;
  type: LeadEventType;
  score: ScoreChange;
  routed: RoutingDecision | null;
}

/** A lead the batch creates: its state as scoring and routing read it, then its record for the INSERT. */
interface NewCapture {
  index: number;
  id: string;
  state: NewLeadState & { lastEngagementAt: Date };
  columns: Record<string, unknown>;
}

/**
 * Takes a batch of captured leads of one organisation in, in ONE transaction: idempotency keys, the
 * duplicate-submission check, each lead with its enrichment, score, SLA clock and routing, the capture
 * log and the stored answers commit together (a 201 is only ever sent for a committed lead), and the
 * per-lead work costs a share of a few set-wise statements instead of a dozen round trips of its own.
 * New leads are written as imports write theirs (`insertLeads`: one statement with their score and
 * assignment history), not as entities. Results are in submission order. A batch of one is the
 * single-request case.
 */
export async function captureBatch(
  em: EntityManager,
  services: Pick<Services, "pubSub" | "jobs">,
  submissions: CaptureSubmission[],
  caches = newCaptureCaches(),
): Promise<CaptureResult[]> {
  const organizationId = submissions[0]!.campaign.organization.id;
  const now = new Date();
  const setup = await readBatchSetup(em, organizationId);
  const routing = await caches.routing.get(em, organizationId, setup.routing_version);
  const tickets = await takeTickets(em, organizationId, submissions, now, routing);
  const results: Slot[] = new Array(submissions.length);
  const committed: Committed[] = [];
  const notifier = await em.transactional(async (tx) => {
    // Written at once, set-wise: the batch's leads are inserted before anyone is notified about them.
    const notifier = new Notifier(tx, services.jobs, organizationId, { written: "now" });
    const followers = await claimIdempotencyKeys(tx, submissions, results);
    const earlier = await lockAndFindEarlierSubmissions(tx, organizationId, submissions, results, now);
    const webhookChanges: { lead: WebhookLead; change: LeadWebhookChange }[] = [];
    const creates: NewCapture[] = [];
    const createdBy = new Map<string, NewCapture>();
    let rescoring: ScoringService | undefined;
    for (const [index, { campaign, captured, options }] of submissions.entries()) {
      if (results[index]) continue;
      const key = submissionKey(campaign.id, captured.fields.email);
      const stored = key ? earlier.get(key) : undefined;
      if (stored) {
        stored.formSubmissions += 1;
        stored.lastEngagementAt = now;
        rescoring ??= new ScoringService(tx, organizationId);
        const score = await rescoring.applyScore(stored, ScoreChangeReason.UPDATED, null);
        committed.push({ leadId: stored.id, type: LeadEventType.UPDATED, score, routed: null });
        webhookChanges.push({ lead: stored, change: { updated: true, score } });
        results[index] = duplicateAnswer(stored.id);
        continue;
      }
      // The same person twice in one batch: one lead, created with both submissions counted.
      const earlierInBatch = key ? createdBy.get(key) : undefined;
      if (earlierInBatch) {
        earlierInBatch.state.formSubmissions += 1;
        earlierInBatch.columns.form_submissions = earlierInBatch.state.formSubmissions;
        results[index] = duplicateAnswer(earlierInBatch.id);
        continue;
      }
      const capture = newCapture(index, campaign, captured, options, now);
      if (key) createdBy.set(key, capture);
      creates.push(capture);
      results[index] = {
        status: 201,
        body: acceptedBody(capture.id, captured),
        replayed: false,
        leadId: capture.id,
      };
    }
    const scoring =
      creates.length > 0 ? await caches.scoring.get(tx, organizationId, setup.scoring_version) : null;
    const created = scoring
      ? await insertCaptures(tx, organizationId, scoring, creates, tickets, now, routing)
      : [];
    for (const { id, view, score, routed } of created) {
      committed.push({ leadId: id, type: LeadEventType.CREATED, score, routed });
      webhookChanges.push({
        lead: view,
        change: {
          created: true,
          assigned: routed?.userId ? { toUserId: routed.userId, type: routed.type } : null,
        },
      });
    }
    await logCaptures(tx, organizationId, submissions, results, now);
    await notifyRouting(
      tx,
      notifier,
      created.flatMap(({ view, routed }) => (routed ? [{ lead: view, decision: routed }] : [])),
    );
    // The batch's outgoing webhooks (transactional outbox): one endpoint lookup per event type.
    if (setup.webhooks) await emitLeadsWebhooks(tx, services.jobs, organizationId, webhookChanges);
    await storeAnswers(tx, submissions, results);
    for (const [index, leader] of followers)
      results[index] = followerResult(submissions, index, leader, results);
    // What the ORM still holds (resubmitted leads and their score history) is written by the one flush
    // the transaction ends with.
    return notifier;
  });
  for (const { leadId, type, score, routed } of committed) {
    publishLeadChange(services.pubSub, organizationId, type, leadId, score);
    if (routed?.userId)
      publishLeadAssigned(services.pubSub, organizationId, leadId, routed.userId, routed.type);
    if (routed)
      publishWorkloadChanged(services.pubSub, organizationId, {
        userIds: [routed.userId],
        teamIds: [routed.userId ? null : routed.queueTeamId],
      });
  }
  notifier.publish(services.pubSub);
  return results as CaptureResult[];
}

/**
 * What a batch reads before its transaction, in one statement: both caches' version counters, and whether
 * the organisation has an active webhook endpoint (most have none, and the outbox's lookup was a round trip
 * a batch). The batch is scored, routed and sent out with the setup current when it starts: a change
 * committing meanwhile applies from the next batch.
 */
async function readBatchSetup(em: EntityManager, organizationId: string) {
  const { rows } = await sql<Record<OrganizationVersion, number> & { webhooks: boolean }>`
    select o.scoring_version, o.routing_version,
      exists (select 1 from webhook_endpoint w where w.organization_id = o.id and w.active) as webhooks
    from organization o where o.id = ${organizationId}`.execute(em.getKysely());
  return rows[0] ?? { scoring_version: -1, routing_version: -1, webhooks: false };
}

/** A submission as a lead to create: the channel's columns over its fields (engagement, consent, campaign). */
function newCapture(
  index: number,
  campaign: Campaign,
  captured: CapturedLead,
  options: CaptureOptions,
  now: Date,
): NewCapture {
  const id = uuidv7();
  return {
    index,
    id,
    state: { ...newLeadState(captured.fields, now), formSubmissions: 1, lastEngagementAt: now },
    columns: {
      ...fieldColumns(captured.fields),
      id,
      source_campaign_id: campaign.id,
      // A campaign with a fixed owner skips routing (see takeTickets).
      assigned_to_id: campaign.autoAssignTo?.id ?? null,
      form_submissions: 1,
      last_engagement_at: now,
      consent_given: captured.consentGiven,
      consent_at: captured.consentGiven ? now : null,
      consent_source: options.channel,
    },
  };
}

/**
 * Scores, routes and inserts the batch's new leads set-wise: the organisation's compiled rules, one
 * routing pass (each pick counts the batch's earlier ones), one INSERT with their history rows.
 */
async function insertCaptures(
  tx: EntityManager,
  organizationId: string,
  scoring: NewLeadScoring,
  creates: readonly NewCapture[],
  tickets: readonly (RoutingTicket | null)[],
  now: Date,
  routing: RoutingConfig,
): Promise<{ id: string; view: WebhookLead; score: ScoreChange; routed: RoutingDecision | null }[]> {
  const records = creates.map(({ state, columns }) => scoredLeadRecord(scoring, state, columns, now));
  const decisions = await new RoutingService(tx, organizationId, routing).decideNewLeads(
    creates.map(({ state, index }, i) => ({
      lead: { ...state, grade: records[i]!.grade as string },
      ticket: tickets[index] ?? null,
    })),
    now,
  );
  decisions.forEach((decision, i) => decision && Object.assign(records[i]!, routedColumns(decision, now)));
  await insertLeads(tx, { organizationId, actorId: null, importJobId: null, now }, records);
  return creates.map(({ id, state }, i) => {
    const record = records[i]!;
    const score = record.score as number;
    const ownerId = record.assigned_to_id as string | null;
    return {
      id,
      view: {
        id,
        firstName: state.firstName ?? null,
        lastName: state.lastName ?? null,
        email: state.email ?? null,
        phone: state.phone ?? null,
        company: state.company ?? null,
        jobTitle: state.jobTitle ?? null,
        source: state.source ?? null,
        status: state.status,
        score,
        grade: record.grade as string,
        tags: state.tags,
        assignedTo: ownerId ? { id: ownerId } : null,
        createdAt: now,
        updatedAt: now,
      },
      score: { previous: null, score, changed: true },
      routed: decisions[i] ?? null,
    };
  });
}

/**
 * Routing's round-robin turns, taken BEFORE the transaction (see RoutingService.takeTicket); a submission
 * that turns out to be a duplicate leaves a gap in the turns. Campaigns with a fixed owner skip routing.
 */
async function takeTickets(
  em: EntityManager,
  organizationId: string,
  submissions: CaptureSubmission[],
  now: Date,
  routing: RoutingConfig,
): Promise<(RoutingTicket | null)[]> {
  const routed = submissions.flatMap((s, index) => (s.campaign.autoAssignTo ? [] : [index]));
  // The leads as they will be stored (not entities: a batch would build each lead twice).
  const drafts = routed.map((index) => newLeadState(submissions[index]!.captured.fields, now));
  const taken =
    drafts.length > 0 ? await new RoutingService(em, organizationId, routing).takeTickets(drafts, now) : [];
  const tickets: (RoutingTicket | null)[] = submissions.map(() => null);
  routed.forEach((index, i) => (tickets[index] = taken[i] ?? null));
  return tickets;
}

const idempotencyKeyOf = ({ campaign, options }: CaptureSubmission) =>
  options.idempotencyKey === undefined ? undefined : `${campaign.id}\n${options.idempotencyKey}`;

/**
 * Claims the batch's Idempotency-Keys in one statement. A key already stored (an earlier request, or a
 * concurrent one: the insert waits for its commit) is answered from the store; a key repeated within
 * the batch follows its first request. Returns [follower index, leader index] pairs.
 */
async function claimIdempotencyKeys(
  tx: EntityManager,
  submissions: CaptureSubmission[],
  results: Slot[],
): Promise<[number, number][]> {
  const leaders = new Map<string, number>();
  const followers: [number, number][] = [];
  submissions.forEach((submission, index) => {
    const key = idempotencyKeyOf(submission);
    if (key === undefined) return;
    const leader = leaders.get(key);
    if (leader === undefined) leaders.set(key, index);
    else {
      followers.push([index, leader]);
      results[index] = FOLLOWER;
    }
  });
  if (leaders.size === 0) return followers;
  // Sorted, so that two batches claiming overlapping keys wait in the same order (no deadlock).
  const claims = [...leaders.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const column = (pick: (s: CaptureSubmission) => string) =>
    claims.map(([, index]) => pick(submissions[index]!));
  const { rows } = await sql<{ campaign_id: string; key: string }>`
    insert into capture_request (id, campaign_id, key, request_hash)
    select gen_random_uuid(), c, k, h
    from unnest(${column((s) => s.campaign.id)}::uuid[], ${column((s) => s.options.idempotencyKey!)}::text[],
      ${column((s) => s.options.bodyHash ?? "")}::text[]) as t(c, k, h)
    on conflict (campaign_id, key) do nothing returning campaign_id, key`.execute(tx.getKysely());
  const claimed = new Set(rows.map((row) => `${row.campaign_id}\n${row.key}`));
  const taken = claims.filter(([key]) => !claimed.has(key)).map(([, index]) => index);
  if (taken.length === 0) return followers;
  const stored = await tx.find(CaptureRequest, {
    $or: taken.map((index) => ({
      campaign: submissions[index]!.campaign.id,
      key: submissions[index]!.options.idempotencyKey!,
    })),
  });
  for (const index of taken) {
    const { campaign, options } = submissions[index]!;
    const first = stored.find((r) => r.campaign.id === campaign.id && r.key === options.idempotencyKey)!;
    results[index] = replay(first.requestHash, first.statusCode, first.response, options);
  }
  return followers;
}

function followerResult(
  submissions: CaptureSubmission[],
  index: number,
  leader: number,
  results: Slot[],
): CaptureResult {
  const first = results[leader];
  if (typeof first !== "object") throw new Error("a repeated key's first request has no answer");
  if (first instanceof CaptureError) return first;
  const leaderHash = submissions[leader]!.options.bodyHash ?? "";
  return replay(leaderHash, first.status, first.body, submissions[index]!.options);
}

/** The stored first answer to a key, for a retry; a reused key with another body is refused. */
function replay(
  requestHash: string,
  status: number | null,
  response: unknown,
  options: CaptureOptions,
): CaptureResult {
  if (requestHash !== (options.bodyHash ?? ""))
    return new CaptureError(
      422,
      CaptureErrorKind.VALIDATION_ERROR,
      "IDEMPOTENCY_KEY_REUSED",
      "This Idempotency-Key was already used with a different request body",
      "Idempotency-Key",
    );
  const body = response as Record<string, unknown>;
  return { status: status ?? 500, body, replayed: true, leadId: String(body.lead_id ?? "") };
}

const submissionKey = (campaignId: string, email: string | null | undefined) =>
  email ? `${campaignId}:${email}` : undefined;

/**
 * Serialises submissions of one email to one campaign (advisory locks, taken in one statement in a fixed
 * order), then finds each pair's lead from the last 24 hours: the duplicate submissions.
 */
async function lockAndFindEarlierSubmissions(
  tx: EntityManager,
  organizationId: string,
  submissions: CaptureSubmission[],
  results: Slot[],
  now: Date,
): Promise<Map<string, Lead>> {
  const pairs = new Map<string, { campaign: string; email: string }>();
  submissions.forEach(({ campaign, captured }, index) => {
    const key = submissionKey(campaign.id, captured.fields.email);
    if (key && !results[index]) pairs.set(key, { campaign: campaign.id, email: captured.fields.email! });
  });
  const earlier = new Map<string, Lead>();
  if (pairs.size === 0) return earlier;
  await sql`select count(pg_advisory_xact_lock(h)) from (
      select distinct hashtextextended(k, 0) as h from unnest(${[...pairs.keys()]}::text[]) as k order by 1) as locks`.execute(
    tx.getKysely(),
  );
  // Each pair's latest lead, reached through the email index (an email has few leads; a busy campaign has
  // thousands a day, and its index made this lookup grow with them). Only those found are loaded as
  // entities, and usually there are none.
  const emails = [...pairs.values()].map((p) => p.email);
  const { rows } = await sql<{ id: string }>`
    select distinct on (l.source_campaign_id, l.email) l.id
    from lead l join unnest(${[...pairs.values()].map((p) => p.campaign)}::uuid[], ${emails}::text[])
      as p(campaign_id, email) on l.source_campaign_id = p.campaign_id and l.email = p.email
    where l.organization_id = ${organizationId} and l.email = any(${emails}::text[]) and l.deleted_at is null
      and l.created_at > ${new Date(now.getTime() - DUPLICATE_SUBMISSION_HOURS * 3_600_000)}
    order by l.source_campaign_id, l.email, l.created_at desc`.execute(tx.getKysely());
  if (rows.length === 0) return earlier;
  const leads = await tx.find(Lead, { id: { $in: rows.map((row) => row.id) } });
  for (const lead of leads) earlier.set(submissionKey(lead.sourceCampaign!.id, lead.email)!, lead);
  return earlier;
}

function duplicateAnswer(leadId: string): CaptureAnswer {
  const refusal = new CaptureError(
    409,
    CaptureErrorKind.DUPLICATE_SUBMISSION,
    "DUPLICATE_SUBMISSION",
    `This email already submitted to this campaign within ${DUPLICATE_SUBMISSION_HOURS} hours; the existing request was updated instead of creating a new one`,
    "contact.email",
  );
  return { status: 409, body: { ...refusal.body(), lead_id: leadId }, replayed: false, leadId };
}

/** One capture-log row per submission that was taken in (accepted or duplicate; replays log nothing). */
async function logCaptures(
  tx: EntityManager,
  organizationId: string,
  submissions: CaptureSubmission[],
  results: Slot[],
  now: Date,
): Promise<void> {
  const logged = submissions.flatMap(({ campaign, options }, index) => {
    const result = results[index];
    return isTakenIn(result)
      ? [
          {
            id: uuidv7(),
            campaign_id: campaign.id,
            channel: options.channel,
            outcome: result.status === 201 ? CaptureOutcome.ACCEPTED : CaptureOutcome.DUPLICATE,
            source_key: options.sourceKey ?? null,
            lead_id: result.leadId,
          },
        ]
      : [];
  });
  if (logged.length === 0) return;
  await sql`
    insert into capture_event (id, organization_id, campaign_id, channel, outcome, source_key, lead_id, created_at)
    select e.id, ${organizationId}, e.campaign_id, e.channel, e.outcome, e.source_key, e.lead_id, ${now}
    from jsonb_to_recordset(${JSON.stringify(logged)}::jsonb) as e(id uuid, campaign_id uuid,
      channel capture_channel, outcome capture_outcome, source_key text, lead_id uuid)`.execute(
    tx.getKysely(),
  );
}

/** The answers to claimed Idempotency-Keys, stored with the leads they describe (one statement). */
async function storeAnswers(
  tx: EntityManager,
  submissions: CaptureSubmission[],
  results: Slot[],
): Promise<void> {
  const stored = submissions.flatMap((submission, index) => {
    const result = results[index];
    return submission.options.idempotencyKey !== undefined && isTakenIn(result)
      ? [{ campaign: submission.campaign.id, key: submission.options.idempotencyKey, result }]
      : [];
  });
  if (stored.length === 0) return;
  await sql`update capture_request r set status_code = a.status, response = a.response
    from unnest(${stored.map((s) => s.campaign)}::uuid[], ${stored.map((s) => s.key)}::text[],
      ${stored.map((s) => s.result.status)}::smallint[], ${stored.map((s) => JSON.stringify(s.result.body))}::jsonb[])
      as a(campaign_id, key, status, response)
    where r.campaign_id = a.campaign_id and r.key = a.key`.execute(tx.getKysely());
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
