import { Router } from "express";
import { validate as isUuid } from "uuid";
import { CAPTURING_STATUSES } from "../campaigns/campaign.enums.js";
import { CaptureError, CaptureErrorKind } from "../capture/capture-errors.js";
import { CaptureEvent } from "../capture/capture-event.entity.js";
import { captureHandler, clientIp, readFormBody } from "../capture/capture-http.js";
import { parseCapturePayload } from "../capture/capture-payload.js";
import type { CaptureDependencies } from "../capture/capture.router.js";
import { CaptureChannel, CaptureOutcome } from "../capture/capture.enums.js";
import { renderFormEmbed } from "./form-embed.js";
import { formPostToPayload } from "./form-fields.js";
import { formAgeMs, signFormTimestamp } from "./form-timestamp.js";
import { LeadForm } from "./form.entity.js";

const notFound = () => new CaptureError(404, CaptureErrorKind.NOT_FOUND, "NOT_FOUND", "Form not found");
const deleted = () =>
  new CaptureError(410, CaptureErrorKind.GONE, "FORM_DELETED", "This form has been removed by its owner");

/** Embeddable web forms under /v1/forms: the snippet, and the plain HTML POST it makes. */
export function formsRouter({ orm, services, limits, intake }: CaptureDependencies): Router {
  const { logger, config } = services;
  const router = Router();

  const loadForm = async (id: string) => {
    const form = isUuid(id)
      ? await orm.em.fork().findOne(LeadForm, { id }, { populate: ["campaign", "campaign.autoAssignTo"] })
      : null;
    if (!form) throw notFound();
    if (form.deletedAt) throw deleted();
    return form;
  };

  router.get(
    "/:id/embed",
    captureHandler(logger, async (request, response) => {
      await limits.consumeIp(clientIp(request));
      const form = await loadForm(String(request.params.id));
      const action = `${request.protocol}://${request.get("host")}/v1/forms/${form.id}/submit`;
      response
        .type("text/html")
        .set("Cache-Control", "no-store")
        .send(renderFormEmbed(form, action, signFormTimestamp(config.jwtSecret, form.id)));
    }),
  );

  router.post(
    "/:id/submit",
    captureHandler(logger, async (request, response) => {
      await limits.consumeIp(clientIp(request));
      const form = await loadForm(String(request.params.id));
      const origin = request.headers.origin;
      if (origin && origin !== "null" && !form.allowedOrigins.includes(origin.toLowerCase()))
        throw new CaptureError(
          403,
          CaptureErrorKind.UNAUTHORIZED,
          "ORIGIN_NOT_ALLOWED",
          `Origin ${origin} may not post this form`,
        );
      if (!CAPTURING_STATUSES.includes(form.campaign.status))
        throw new CaptureError(
          403,
          CaptureErrorKind.UNAUTHORIZED,
          "CAMPAIGN_INACTIVE",
          "This form takes no submissions now",
        );
      const post = await readFormBody(request, response, config.capture.maxBodyBytes);
      const honeypot =
        typeof post[form.honeypotField] === "string" && (post[form.honeypotField] as string) !== "";
      const age = formAgeMs(config.jwtSecret, form.id, post._ts);
      const spam = honeypot
        ? "honeypot filled"
        : age === null || age < form.minFillSeconds * 1000
          ? "submitted too fast"
          : null;
      if (spam) {
        // Dropped quietly: a bot learns nothing from the answer, and the log says why.
        logger.info({ formId: form.id, reason: spam }, "form submission dropped");
        const log = orm.em.fork();
        log.create(CaptureEvent, {
          organization: form.organization.id,
          campaign: form.campaign.id,
          channel: CaptureChannel.FORM,
          outcome: CaptureOutcome.DROPPED,
          reason: spam,
          sourceKey: form.id,
          payload: null,
        });
        await log.flush();
        return void response.redirect(303, form.thankYouUrl);
      }
      for (const field of form.fields)
        if (field.required && !(typeof post[field.name] === "string" && (post[field.name] as string).trim()))
          throw new CaptureError(
            400,
            CaptureErrorKind.VALIDATION_ERROR,
            "REQUIRED",
            `${field.label} is required`,
            field.name,
          );
      const captured = parseCapturePayload(
        formPostToPayload(form.campaign.id, form.fields, post),
        form.campaign.name,
      );
      await intake.submit(form.campaign, captured, {
        channel: CaptureChannel.FORM,
        sourceKey: form.id,
      });
      // A duplicate submission (409 in the API) is still a thank-you for the person.
      response.redirect(303, form.thankYouUrl);
    }),
  );

  return router;
}
