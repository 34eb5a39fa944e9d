import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { JobDefinition, JobQueue, JobServices } from "../../jobs/queue.js";
import { Topic } from "../../realtime/pubsub.js";
import type { LeadFilter } from "../leads/lead.inputs.js";
import { User } from "../users/user.entity.js";
import { ScoreChangeReason } from "./lead-score.entity.js";
import { rescoreLeads } from "./rescore.js";
import { ScoringRun, ScoringRunStatus } from "./scoring-run.entity.js";
import { DEFAULT_DECAY_POINTS_PER_WEEK } from "./scoring-settings.entity.js";

export interface RescoreRequest {
  organizationId: string;
  reason: ScoreChangeReason;
  filter?: LeadFilter | null;
  requestedById?: string | null;
}

/**
 * Records a rescoring run and enqueues its job in the caller's transaction, so a committed rule change
 * always gets its run. A whole-organisation run still waiting in the queue already covers the change
 * (it reads the rules when it starts), so it is returned instead of queueing another.
 */
export async function requestRescore(
  em: EntityManager,
  jobs: JobQueue,
  { organizationId, reason, filter = null, requestedById = null }: RescoreRequest,
): Promise<ScoringRun> {
  if (!filter) {
    const waiting = await em.findOne(ScoringRun, {
      organization: organizationId,
      status: ScoringRunStatus.QUEUED,
      filter: null,
    });
    if (waiting) return waiting;
  }
  const run = em.create(ScoringRun, {
    organization: organizationId,
    reason,
    filter: filter ? { ...filter } : null,
    requestedBy: requestedById ? em.getReference(User, requestedById) : null,
  });
  await em.flush();
  await jobs.send(rescoreJob, { runId: run.id }, { em, singletonKey: organizationId });
  return run;
}

/** How long a lead must be inactive before decay can have moved its score. */
const DECAY_STEP_MS = 7 * 86_400_000;

/** Runs one queued rescoring: marks it running, rescores batch by batch with live progress, then done. */
export async function executeRescore(
  runId: string,
  { orm, pubSub, jobs, clock }: JobServices,
  signal?: AbortSignal,
): Promise<void> {
  const em = orm.em.fork();
  const run = await em.findOne(ScoringRun, runId);
  if (!run || run.status === ScoringRunStatus.COMPLETED) return;
  const organizationId = run.organization.id;
  const publish = () => pubSub.publish(Topic.SCORING_RUN, organizationId, { runId, organizationId });
  const now = clock.now();
  Object.assign(run, {
    status: ScoringRunStatus.RUNNING,
    startedAt: now,
    processed: 0,
    changed: 0,
    error: null,
  });
  await em.flush();
  publish();
  try {
    await rescoreLeads(
      em,
      {
        organizationId,
        filter: run.filter as LeadFilter | null,
        inactiveBefore:
          run.reason === ScoreChangeReason.DECAY ? new Date(now.getTime() - DECAY_STEP_MS) : undefined,
      },
      {
        reason: run.reason,
        actorId: run.requestedBy?.id ?? null,
        now,
        webhooks: { jobs, runId },
        signal,
        onProgress: async (progress) => {
          Object.assign(run, progress);
          await em.flush();
          publish();
        },
      },
    );
    Object.assign(run, { status: ScoringRunStatus.COMPLETED, finishedAt: new Date() });
  } catch (error) {
    // Stopped by a shutdown, the run waits for its retry (which starts it again), as it waited to start.
    Object.assign(
      run,
      signal?.aborted
        ? { status: ScoringRunStatus.QUEUED, startedAt: null }
        : {
            status: ScoringRunStatus.FAILED,
            finishedAt: new Date(),
            error: error instanceof Error ? error.message : String(error),
          },
    );
    throw error;
  } finally {
    await em.flush();
    publish();
  }
}

/** Rescoring runs: one organisation at a time (the singleton key), retried twice after a failure. */
export const rescoreJob: JobDefinition<{ runId: string }> = {
  name: "scoring.rescore",
  queue: { policy: "singleton", retryLimit: 2, retryDelay: 30, expireInSeconds: 3_600 },
  run: ({ runId }, services, { signal }) => executeRescore(runId, services, signal),
};

/**
 * Score aging, daily at 03:00 UTC: queues a DECAY run for each organisation with decay on. Decay itself
 * is part of every score (see the shared evaluator); the run only writes the leads whose week count moved.
 */
export const scoreDecayJob: JobDefinition<object> = {
  name: "scoring.decay",
  schedule: "0 3 * * *",
  run: async (_data, { orm, jobs }) => {
    const em = orm.em.fork();
    const { rows } = await sql<{ id: string }>`
      select o.id from organization o left join scoring_settings s on s.organization_id = o.id
      where coalesce(s.decay_points_per_week, ${DEFAULT_DECAY_POINTS_PER_WEEK}) > 0`.execute(em.getKysely());
    for (const { id } of rows)
      await em.transactional((tx) =>
        requestRescore(tx, jobs, { organizationId: id, reason: ScoreChangeReason.DECAY }),
      );
  },
};
