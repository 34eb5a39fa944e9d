import type { MikroORM } from "../../db/orm.js";
import type { Services } from "../../graphql/context.js";
import type { Campaign } from "../campaigns/campaign.entity.js";
import { CaptureError } from "./capture-errors.js";
import type { CapturedLead } from "./capture-payload.js";
import type { CaptureLimits } from "./rate-limits.js";
import {
  captureBatch,
  newCaptureCaches,
  type CaptureAnswer,
  type CaptureOptions,
  type CaptureResult,
  type CaptureSubmission,
} from "./capture.service.js";

/**
 * Largest batch one transaction takes. Batches only grow this large when requests queue up, so the size
 * bounds throughput, not latency at ordinary load: at 2,000 req/s offered, 1,910-1,950 leads/s with 250
 * against 1,610 with 100 (500 did no better: 1,965); at 2,500 req/s offered, 1,930 (7 December).
 */
export const MAX_BATCH = 250;
/**
 * Batches of one organisation written at once: one, and a second only while a full batch waits. With two
 * at any load, batches came out half as large, each paying the fixed cost of a batch (about 20 ms of this
 * thread), and the two contended for the same counters and locks: 9 instead of 7.2 ms of this thread per
 * lead at 100 req/s (p99 130-150 instead of 65-99 ms). Once full batches queue up, a second one works
 * while the first waits on its round trips: at 2,000 req/s offered, 1,520-1,720 leads/s instead of
 * 1,120-1,130, and at 1,000 req/s a p99 of 250-340 instead of 590-780 ms (batches of up to 100; 7 December,
 * runs alternated).
 */
const MAX_IN_FLIGHT = 2;

/** Whether another batch of an organisation goes now: the first at once, a second only when full. */
export function mayStartBatch(waiting: number, inFlight: number): boolean {
  if (waiting === 0) return false;
  return inFlight === 0 || (inFlight < MAX_IN_FLIGHT && waiting >= MAX_BATCH);
}

interface Waiting {
  submission: CaptureSubmission;
  resolve(answer: CaptureAnswer): void;
  reject(error: unknown): void;
}

interface OrganizationQueue {
  waiting: Waiting[];
  inFlight: number;
}

/**
 * Group commit for every capture channel (API, forms, webhooks). A submission goes at once when its
 * organisation has no batch being written; those that arrive meanwhile wait and go together in the next
 * one (see captureBatch). At low load every request is its own batch, with no added delay;
 * under load a batch amortises the round trips that would otherwise bound throughput.
 */
export class CaptureIntake {
  private readonly queues = new Map<string, OrganizationQueue>();
  /** Each organisation's compiled scoring rules and routing setup, kept while their versions stay put. */
  private readonly caches = newCaptureCaches();

  constructor(
    private readonly orm: MikroORM,
    private readonly services: Pick<Services, "pubSub" | "jobs" | "logger">,
    private readonly limits: Pick<CaptureLimits, "consumeCampaign">,
  ) {}

  /** Resolves with the answer once it is committed; rejects with the CaptureError that is the answer. */
  submit(campaign: Campaign, captured: CapturedLead, options: CaptureOptions): Promise<CaptureAnswer> {
    const organizationId = campaign.organization.id;
    let queue = this.queues.get(organizationId);
    if (!queue) this.queues.set(organizationId, (queue = { waiting: [], inFlight: 0 }));
    const waiting = queue;
    return new Promise((resolve, reject) => {
      waiting.waiting.push({ submission: { campaign, captured, options }, resolve, reject });
      this.drain(organizationId, waiting);
    });
  }

  private drain(organizationId: string, queue: OrganizationQueue): void {
    while (mayStartBatch(queue.waiting.length, queue.inFlight)) {
      const batch = queue.waiting.splice(0, MAX_BATCH);
      queue.inFlight += 1;
      void this.countAndWrite(batch).finally(() => {
        queue.inFlight -= 1;
        if (queue.waiting.length > 0) this.drain(organizationId, queue);
        else if (queue.inFlight === 0) this.queues.delete(organizationId);
      });
    }
  }

  /**
   * Counts the batch against each campaign's hourly limit, one store update per campaign (one per request
   * was about a third of the capture API's round trips at 500 req/s), refuses those past it, and writes the rest.
   */
  private async countAndWrite(batch: Waiting[]): Promise<void> {
    const byCampaign = new Map<string, Waiting[]>();
    for (const waiting of batch) {
      const group = byCampaign.get(waiting.submission.campaign.id);
      if (group) group.push(waiting);
      else byCampaign.set(waiting.submission.campaign.id, [waiting]);
    }
    const allowed: Waiting[] = [];
    await Promise.all(
      [...byCampaign].map(async ([campaignId, submissions]) => {
        try {
          const refusals = await this.limits.consumeCampaign(campaignId, submissions.length);
          submissions.forEach((waiting, index) => {
            const refusal = refusals[index];
            if (refusal) waiting.reject(refusal);
            else allowed.push(waiting);
          });
        } catch (error) {
          for (const waiting of submissions) waiting.reject(error);
        }
      }),
    );
    if (allowed.length > 0) await this.write(allowed);
  }

  private async write(batch: Waiting[]): Promise<void> {
    let results: CaptureResult[];
    try {
      results = await captureBatch(
        this.orm.em.fork(),
        this.services,
        batch.map((w) => w.submission),
        this.caches,
      );
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // The whole batch rolled back: each submission goes again alone, so that one's failure (a deadlock,
      // a bad row) is nobody else's answer.
      this.services.logger.warn(
        { err: error, size: batch.length },
        "capture batch failed; retrying one by one",
      );
      for (const waiting of batch) await this.write([waiting]);
      return;
    }
    results.forEach((result, index) => {
      const waiting = batch[index]!;
      if (result instanceof CaptureError) waiting.reject(result);
      else waiting.resolve(result);
    });
  }
}
