import type { Config } from "../../config.js";
import type { JobDefinition, JobServices } from "../../jobs/queue.js";
import { signatureHeader, SIGNATURE_HEADER } from "./webhook-signature.js";
import { targetProblem } from "./webhook-target.js";
import { WebhookDelivery, type WebhookEndpoint } from "./webhook-endpoint.entity.js";
import { WebhookDeliveryStatus } from "./webhook-events.js";

/** Retries go on this long after the event; then the delivery is FAILED. */
export const RETRY_WINDOW_MS = 24 * 3_600_000;
/** Longest wait between two attempts. */
const MAX_RETRY_DELAY_SECONDS = 3600;
const TIMEOUT_MS = 10_000;

/** What one attempt got back. */
export interface AttemptResult {
  ok: boolean;
  responseCode: number | null;
  latencyMs: number;
  error: string | null;
}

/** Posts one delivery's body to its endpoint, signed; never throws. */
export async function attemptDelivery(
  endpoint: WebhookEndpoint,
  delivery: Pick<WebhookDelivery, "id" | "event" | "eventId" | "payload">,
  config: Config,
): Promise<AttemptResult> {
  const started = performance.now();
  const done = (responseCode: number | null, error: string | null): AttemptResult => ({
    ok: error === null,
    responseCode,
    latencyMs: Math.round(performance.now() - started),
    error,
  });
  const problem = await targetProblem(endpoint.url, config.api.webhooksAllowPrivateTargets);
  if (problem) return done(null, `URL ${problem}`);
  const body = JSON.stringify(delivery.payload);
  try {
    const response = await fetch(endpoint.url, {
      method: "POST",
      body,
      // A redirect could lead to a private address: a receiver must answer at the URL it gave.
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "Leadline-Webhooks/1",
        "leadline-event": delivery.event,
        "leadline-event-id": delivery.eventId,
        "leadline-delivery": delivery.id,
        [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, Math.floor(Date.now() / 1000), body),
      },
    });
    await response.body?.cancel();
    return done(response.status, response.ok ? null : `The receiver answered ${response.status}`);
  } catch (error) {
    return done(null, error instanceof Error ? error.message : String(error));
  }
}

/** Seconds before retry number `attempts` (1, 2, ...): the base doubled each time, at most an hour. */
export const retryDelaySeconds = (base: number, attempts: number) =>
  Math.min(MAX_RETRY_DELAY_SECONDS, base * 2 ** Math.max(0, attempts - 1));

/**
 * Delivers webhooks. A failed attempt schedules the next one itself (exponential backoff, in the same
 * transaction as the attempt's record) until 24 hours after the event, then the delivery is FAILED.
 * pg-boss' own retries only cover a crash or a database error in between; a delivery no longer PENDING
 * is left alone, so a rerun does not post twice what already succeeded.
 */
export const webhookDeliveryJob: JobDefinition<{ deliveryId: string }> = {
  name: "webhooks.deliver",
  queue: { retryLimit: 5, retryDelay: 10, retryBackoff: true },
  concurrency: 4,
  // A bulk change (a rescore, an import) queues one per lead and endpoint.
  batchSize: 10,
  run: (data, services, job) => deliverWebhooks([{ ...job, data }], services).then(() => undefined),
  runBatch: deliverWebhooks,
};

/**
 * Posts a batch's deliveries one after the other (a receiver gets no more at once than before), reading
 * them with their endpoints in one query and recording every attempt in one transaction. A database error
 * fails the whole batch, for pg-boss' retry.
 */
async function deliverWebhooks(
  batch: { data: { deliveryId: string } }[],
  { orm, jobs, config }: JobServices,
): Promise<Map<string, unknown>> {
  const em = orm.em.fork();
  const deliveries = await em.find(
    WebhookDelivery,
    { id: { $in: batch.map(({ data }) => data.deliveryId) }, status: WebhookDeliveryStatus.PENDING },
    { populate: ["endpoint"] },
  );
  const attempts: { delivery: WebhookDelivery; result: AttemptResult }[] = [];
  for (const delivery of deliveries)
    attempts.push({
      delivery,
      result: delivery.endpoint.active
        ? await attemptDelivery(delivery.endpoint, delivery, config)
        : { ok: false, responseCode: null, latencyMs: 0, error: "The endpoint is inactive" },
    });
  const now = new Date();
  await em.transactional(async (tx) => {
    const rows = await tx.find(WebhookDelivery, { id: { $in: attempts.map(({ delivery }) => delivery.id) } });
    const rowsById = new Map(rows.map((row) => [row.id, row]));
    for (const { delivery, result } of attempts) {
      const row = rowsById.get(delivery.id)!;
      row.attempts += 1;
      row.lastAttemptAt = now;
      row.responseCode = result.responseCode;
      row.latencyMs = result.latencyMs;
      row.lastError = result.error;
      row.nextAttemptAt = null;
      if (result.ok) row.status = WebhookDeliveryStatus.SUCCEEDED;
      else if (!delivery.endpoint.active || now.getTime() - row.createdAt.getTime() >= RETRY_WINDOW_MS)
        row.status = WebhookDeliveryStatus.FAILED;
      else {
        const delay = retryDelaySeconds(config.api.webhookRetryBaseSeconds, row.attempts);
        row.nextAttemptAt = new Date(now.getTime() + delay * 1000);
        await jobs.send(webhookDeliveryJob, { deliveryId: row.id }, { em: tx, startAfter: delay });
      }
    }
  });
  return new Map();
}
