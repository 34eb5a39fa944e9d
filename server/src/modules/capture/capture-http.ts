import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import type { Logger } from "../../logger.js";
import { CaptureError, CaptureErrorKind } from "./capture-errors.js";

/** Runs a capture handler; a CaptureError becomes its documented JSON answer, anything else a logged 500 JSON. */
export function captureHandler(
  logger: Logger,
  handler: (request: Request, response: Response) => Promise<void>,
): RequestHandler {
  return (request, response) => {
    handler(request, response).catch((error: unknown) => sendCaptureError(logger, response, error));
  };
}

export function sendCaptureError(logger: Logger, response: Response, error: unknown): void {
  if (response.headersSent) return;
  if (error instanceof CaptureError) {
    response.status(error.status).set(error.headers).json(error.body());
    return;
  }
  logger.error({ err: error }, "capture request failed");
  response.status(500).json({
    success: false,
    error: "INTERNAL_ERROR",
    message: "Something went wrong on our side; please retry",
    field: null,
    code: "INTERNAL_ERROR",
  });
}

/**
 * Parses a JSON body within `limit` bytes, mapping every body-parser failure to a capture error:
 * too big -> 413 PAYLOAD_TOO_LARGE, not JSON -> 400 VALIDATION_ERROR (never a 500).
 */
export function readJsonBody(request: Request, response: Response, limit: number): Promise<unknown> {
  if (!request.is("application/json"))
    return Promise.reject(
      new CaptureError(
        415,
        CaptureErrorKind.VALIDATION_ERROR,
        "UNSUPPORTED_CONTENT_TYPE",
        "Content-Type must be application/json",
        "Content-Type",
      ),
    );
  return parseWith(express.json({ limit, strict: false }), request, response, limit).then(() => request.body);
}

/** Same as readJsonBody, for HTML forms (application/x-www-form-urlencoded). */
export function readFormBody(
  request: Request,
  response: Response,
  limit: number,
): Promise<Record<string, unknown>> {
  if (!request.is("application/x-www-form-urlencoded"))
    return Promise.reject(
      new CaptureError(
        415,
        CaptureErrorKind.VALIDATION_ERROR,
        "UNSUPPORTED_CONTENT_TYPE",
        "Content-Type must be application/x-www-form-urlencoded",
        "Content-Type",
      ),
    );
  return parseWith(express.urlencoded({ limit, extended: false }), request, response, limit).then(
    () => (request.body ?? {}) as Record<string, unknown>,
  );
}

function parseWith(
  parser: RequestHandler,
  request: Request,
  response: Response,
  limit: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const next: NextFunction = (error?: unknown) => {
      if (!error) return resolve();
      const type = (error as { type?: string }).type;
      if (type === "entity.too.large")
        return reject(
          new CaptureError(
            413,
            CaptureErrorKind.PAYLOAD_TOO_LARGE,
            "PAYLOAD_TOO_LARGE",
            `The request body must be at most ${Math.round(limit / 1024)} kB`,
          ),
        );
      reject(
        new CaptureError(
          400,
          CaptureErrorKind.VALIDATION_ERROR,
          type === "entity.parse.failed" ? "MALFORMED_JSON" : "UNREADABLE_BODY",
          type === "entity.parse.failed"
            ? "The request body is not valid JSON"
            : "The request body could not be read",
          "body",
        ),
      );
    };
    parser(request, response, next);
  });
}

/** The caller's address as the rate limit counts it (behind a proxy on loopback: the forwarded one). */
export const clientIp = (request: Request) => request.ip ?? request.socket.remoteAddress ?? "unknown";
