import express, { Router, type Request, type Response } from "express";
import { CAPTURING_STATUSES } from "../campaigns/campaign.enums.js";
import { CaptureError, CaptureErrorKind } from "../capture/capture-errors.js";
import { CaptureEvent } from "../capture/capture-event.entity.js";
import { captureHandler, clientIp } from "../capture/capture-http.js";
import { parseCapturePayload } from "../capture/capture-payload.js";
import type { CaptureDependencies } from "../capture/capture.router.js";
import { CaptureChannel, CaptureOutcome } from "../capture/capture.enums.js";
import { mapWebhookBody, pendingNotifications } from "./webhook-payload.js";
import { validHubSignature } from "./webhook-signature.js";
import { WebhookSource } from "./webhook-source.entity.js";

const MAX_KEY = 100;
const unknownSource = () =>
  new CaptureError(404, CaptureErrorKind.NOT_FOUND, "NOT_FOUND", "No webhook source with this key");
const deletedSource = () =>
  new CaptureError(410, CaptureErrorKind.GONE, "SOURCE_DELETED", "This webhook source has been removed");
const inactiveSource = () =>
  new CaptureError(
    403,
    CaptureErrorKind.UNAUTHORIZED,
    "SOURCE_INACTIVE",
    "This webhook source is switched off",
  );

/** Webhook ingest under /v1/webhooks/{key}: Meta's GET handshake, and signed POSTs. */
export function webhooksRouter({ orm, services, limits, intake }: CaptureDependencies): Router {
  const { logger, config } = services;
  const router = Router();

  const loadSource = async (key: string) => {
    const source =
      key.length <= MAX_KEY
        ? await orm.em
            .fork()
            .findOne(WebhookSource, { key }, { populate: ["campaign", "campaign.autoAssignTo"] })
        : null;
    if (!source) throw unknownSource();
    if (source.deletedAt) throw deletedSource();
    if (!source.active) throw inactiveSource();
    return source;
  };

  // Meta subscribes a callback URL by GETting it with hub.mode, hub.verify_token and hub.challenge.
  router.get(
    "/:key",
    captureHandler(logger, async (request, response) => {
      await limits.consumeIp(clientIp(request));
      const source = await loadSource(String(request.params.key));
      const query = request.query as Record<string, string | undefined>;
      if (
        query["hub.mode"] !== "subscribe" ||
        !source.verifyToken ||
        query["hub.verify_token"] !== source.verifyToken
      )
        throw new CaptureError(
          403,
          CaptureErrorKind.UNAUTHORIZED,
          "VERIFY_TOKEN_MISMATCH",
          "Verification failed",
        );
      response.type("text/plain").send(String(query["hub.challenge"] ?? ""));
    }),
  );

  router.post(
    "/:key",
    captureHandler(logger, async (request, response) => {
      await limits.consumeIp(clientIp(request));
      const source = await loadSource(String(request.params.key));
      const raw = await readRaw(request, response, config.capture.maxBodyBytes);
      if (!validHubSignature(source.secret, raw, request.header("x-hub-signature-256")))
        throw new CaptureError(
          401,
          CaptureErrorKind.UNAUTHORIZED,
          "INVALID_SIGNATURE",
          "X-Hub-Signature-256 does not match the body",
        );
      let body: unknown;
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        throw new CaptureError(
          400,
          CaptureErrorKind.VALIDATION_ERROR,
          "MALFORMED_JSON",
          "The request body is not valid JSON",
          "body",
        );
      }
      const pending = pendingNotifications(body);
      if (pending) {
        const em = orm.em.fork();
        for (const notification of pending)
          em.create(CaptureEvent, {
            organization: source.organization.id,
            campaign: source.campaign.id,
            channel: CaptureChannel.WEBHOOK,
            outcome: CaptureOutcome.PENDING,
            reason: `${notification.vendor} notification: the lead's fields must be fetched from the vendor`,
            sourceKey: source.key,
            payload: { vendor: notification.vendor, ...notification.ids },
          });
        await em.flush();
        return void response.json({ success: true, pending: pending.length });
      }
      if (!CAPTURING_STATUSES.includes(source.campaign.status))
        throw new CaptureError(
          403,
          CaptureErrorKind.UNAUTHORIZED,
          "CAMPAIGN_INACTIVE",
          "The campaign takes no leads now",
        );
      const captured = parseCapturePayload(
        mapWebhookBody(source.campaign.id, source.fieldMapping, body),
        source.campaign.name,
      );
      const answer = await intake.submit(source.campaign, captured, {
        channel: CaptureChannel.WEBHOOK,
        sourceKey: source.key,
      });
      response.status(answer.status).json(answer.body);
    }),
  );

  return router;
}

/** The raw body (the signature covers the exact bytes), within the capture body limit. */
function readRaw(request: Request, response: Response, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    express.raw({ type: () => true, limit })(request, response, (error?: unknown) => {
      if (!error) return resolve(Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0));
      const tooLarge = (error as { type?: string }).type === "entity.too.large";
      reject(
        tooLarge
          ? new CaptureError(
              413,
              CaptureErrorKind.PAYLOAD_TOO_LARGE,
              "PAYLOAD_TOO_LARGE",
              `The request body must be at most ${Math.round(limit / 1024)} kB`,
            )
          : new CaptureError(
              400,
              CaptureErrorKind.VALIDATION_ERROR,
              "UNREADABLE_BODY",
              "The request body could not be read",
              "body",
            ),
      );
    });
  });
}
