import { createHash } from "node:crypto";
import { Role, roleAtLeast } from "@leadline/shared";
import { Router, type Request, type Response } from "express";
import { validate as isUuid } from "uuid";
import type { MikroORM } from "../../db/orm.js";
import type { Services } from "../../graphql/context.js";
import { resolveViewer } from "../auth/viewer.js";
import { campaignAnalytics } from "../campaigns/campaign-analytics.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { CAPTURING_STATUSES } from "../campaigns/campaign.enums.js";
import { CampaignTokenCache } from "../campaigns/campaign-lookup.js";
import { Lead } from "../leads/lead.entity.js";
import { CaptureError, CaptureErrorKind } from "./capture-errors.js";
import { CaptureEvent } from "./capture-event.entity.js";
import { captureHandler, clientIp, readJsonBody } from "./capture-http.js";
import { parseCapturePayload } from "./capture-payload.js";
import { CaptureChannel, CaptureOutcome } from "./capture.enums.js";
import type { CaptureIntake } from "./capture-intake.js";
import type { CaptureLimits } from "./rate-limits.js";

export interface CaptureDependencies {
  orm: MikroORM;
  services: Services;
  limits: CaptureLimits;
  /** Where every channel's leads go in (batched). */
  intake: CaptureIntake;
}

const MAX_IDEMPOTENCY_KEY = 255;
const NEXT_ACTION: Record<string, string> = {
  NEW: "A member of our team will contact you soon",
  CONTACTED: "We are in touch; watch for our follow-up",
  QUALIFIED: "We are preparing a proposal for you",
  CONVERTED: "Nothing: you are all set",
  LOST: "Nothing for now",
};

const unauthorized = (code: string, message: string, status = 401) =>
  new CaptureError(status, CaptureErrorKind.UNAUTHORIZED, code, message);
const notFound = (what: string) =>
  new CaptureError(404, CaptureErrorKind.NOT_FOUND, "NOT_FOUND", `${what} not found`);

/** The public capture API under /v1/api: leads in, their status, and campaign analytics. */
export function captureApiRouter({ orm, services, limits, intake }: CaptureDependencies): Router {
  const { logger, config } = services;
  const router = Router();
  const campaigns = new CampaignTokenCache(services.pubSub);

  // CORS preflight: the token travels in a header, so browsers ask first. Which origins a campaign
  // allows is only known from the token (not sent in a preflight), so the real request is checked.
  router.options(["/leads", "/leads/:id/status"], (request, response) => {
    response
      .status(204)
      .set({
        "Access-Control-Allow-Origin": request.headers.origin ?? "*",
        "Access-Control-Allow-Methods": "POST, GET",
        "Access-Control-Allow-Headers": "Content-Type, X-Campaign-Token, Idempotency-Key",
        "Access-Control-Max-Age": "600",
        Vary: "Origin",
      })
      .end();
  });

  /** The campaign of the request's token, checked for status and origin (CORS headers set when allowed). */
  async function authenticate(request: Request, response: Response): Promise<Campaign> {
    await limits.consumeIp(clientIp(request));
    const campaign = await campaigns.find(() => orm.em.fork(), request.header("x-campaign-token"));
    if (!campaign) throw unauthorized("INVALID_TOKEN", "X-Campaign-Token is missing or not valid");
    if (!CAPTURING_STATUSES.includes(campaign.status))
      throw unauthorized(
        "CAMPAIGN_INACTIVE",
        `The campaign is ${campaign.status.toLowerCase()} and takes no leads`,
        403,
      );
    const origin = request.headers.origin;
    if (origin) {
      if (!campaign.allowedOrigins.includes(origin.toLowerCase()))
        throw unauthorized("ORIGIN_NOT_ALLOWED", `Origin ${origin} may not submit to this campaign`, 403);
      response.set("Access-Control-Allow-Origin", origin).vary("Origin");
    }
    return campaign;
  }

  router.post(
    "/leads",
    captureHandler(logger, async (request, response) => {
      const campaign = await authenticate(request, response);
      try {
        const key = request.header("idempotency-key")?.trim();
        if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY))
          throw new CaptureError(
            400,
            CaptureErrorKind.VALIDATION_ERROR,
            "INVALID_IDEMPOTENCY_KEY",
            `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY} characters`,
            "Idempotency-Key",
          );
        const body = await readJsonBody(request, response, config.capture.maxBodyBytes);
        const captured = parseCapturePayload(body, campaign.name);
        if (captured.payload.campaign_id !== campaign.id)
          throw unauthorized(
            "TOKEN_CAMPAIGN_MISMATCH",
            "campaign_id is not the campaign of X-Campaign-Token",
          );
        const answer = await intake.submit(campaign, captured, {
          channel: CaptureChannel.API,
          idempotencyKey: key,
          // Only a key's replay is checked against its body.
          bodyHash:
            key === undefined ? undefined : createHash("sha256").update(JSON.stringify(body)).digest("hex"),
        });
        if (answer.replayed) response.set("Idempotent-Replayed", "true");
        response.status(answer.status).json(answer.body);
      } catch (error) {
        if (error instanceof CaptureError) await logRejection(orm.em.fork(), campaign, error);
        throw error;
      }
    }),
  );

  router.get(
    "/leads/:id/status",
    captureHandler(logger, async (request, response) => {
      const campaign = await authenticate(request, response);
      const id = String(request.params.id);
      const lead = isUuid(id)
        ? await orm.em
            .fork()
            .findOne(
              Lead,
              { id, organization: campaign.organization.id, sourceCampaign: campaign.id, deletedAt: null },
              { populate: ["assignedTo"] },
            )
        : null;
      if (!lead) throw notFound("Lead");
      response.json({
        success: true,
        lead_id: lead.id,
        status: lead.status,
        last_updated: lead.updatedAt.toISOString(),
        assigned_to: lead.assignedTo?.name ?? null,
        next_action: NEXT_ACTION[lead.status] ?? null,
      });
    }),
  );

  // Analytics are not public: they need a signed-in MANAGER (or above) of the campaign's organisation.
  router.get(
    "/campaigns/:id/analytics",
    captureHandler(logger, async (request, response) => {
      const em = orm.em.fork();
      const viewer = await resolveViewer(em, services.accessTokens, request.headers.authorization, {
        ip: request.ip,
        now: services.clock.now(),
      });
      if (!viewer)
        throw unauthorized("UNAUTHENTICATED", "Send a valid access token as Authorization: Bearer");
      if (!roleAtLeast(viewer.role, Role.MANAGER))
        throw unauthorized("FORBIDDEN", "Campaign analytics are for managers and admins", 403);
      const id = String(request.params.id);
      const campaign = isUuid(id)
        ? await em.findOne(Campaign, { id, organization: viewer.organizationId })
        : null;
      if (!campaign) throw notFound("Campaign");
      response.json({ success: true, analytics: await campaignAnalytics(em, campaign) });
    }),
  );

  /** Refusals of a known campaign go to its capture log (best effort: the answer never waits on it failing). */
  async function logRejection(
    em: ReturnType<MikroORM["em"]["fork"]>,
    campaign: Campaign,
    error: CaptureError,
  ) {
    if (error.kind === CaptureErrorKind.DUPLICATE_SUBMISSION) return;
    try {
      const log = em.fork();
      log.create(CaptureEvent, {
        organization: campaign.organization.id,
        campaign: campaign.id,
        channel: CaptureChannel.API,
        outcome: CaptureOutcome.REJECTED,
        reason: error.logReason(),
        payload: null,
      });
      await log.flush();
    } catch (logError) {
      logger.warn({ err: logError }, "could not log a capture rejection");
    }
  }

  return router;
}
