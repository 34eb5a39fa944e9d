import { fromKysely, PgBoss, type JobResult, type Queue, type SendOptions } from "pg-boss";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { EntityManager, MikroORM } from "../db/orm.js";
import type { Logger } from "../logger.js";
import type { Mailer } from "../modules/notifications/mailer.js";
import type { LeadlinePubSub } from "../realtime/pubsub.js";

/** What a job handler may use: its own EntityManager fork per run, pub/sub, the queue itself, the configuration. */
export interface JobServices {
  config: Config;
  orm: MikroORM;
  pubSub: LeadlinePubSub;
  logger: Logger;
  jobs: JobQueue;
  mailer: Mailer;
  /** Business time, as the API reads it (tests pass a clock they control): scores, decay, SLA deadlines. */
  clock: Clock;
}

/**
 * One kind of background work. Handlers must be idempotent: a job is retried after a crash or an
 * error (pg-boss: at-least-once), so running one twice must not do the work twice.
 */
export interface JobDefinition<Data extends object> {
  /** Queue name, `<module>.<verb>`. */
  name: string;
  /** A cron expression (UTC): the job is also enqueued on this schedule, once across all instances. */
  schedule?: string;
  /** Retries, expiry, policy (e.g. `singleton`: one active job per singleton key). */
  queue?: Omit<Queue, "name">;
  /** How many jobs of this kind one instance runs at once (default 1). */
  concurrency?: number;
  /**
   * Jobs fetched at once (default 1). Above 1 a worker keeps fetching while batches come back full, so
   * a burst of jobs (a capture batch's notifications) is worked off at once instead of one per wake-up;
   * each job still succeeds or fails (and is retried) on its own.
   */
  batchSize?: number;
  /**
   * Whether a send wakes the workers at once (LISTEN/NOTIFY; default true). False: the job waits for the
   * next poll (JOB_POLL_SECONDS), and many sends in between are fetched together.
   */
  wakeOnSend?: boolean;
  run(data: Data, services: JobServices, job: RunningJob): Promise<void>;
  /**
   * Given, a fetched batch runs through it instead of `run`, e.g. to read what all its jobs need in one
   * query. Each job still succeeds or fails on its own: returns the errors of those that failed.
   */
  runBatch?(jobs: (RunningJob & { data: Data })[], services: JobServices): Promise<Map<string, unknown>>;
}

/** The job a handler is running. */
export interface RunningJob {
  id: string;
  /**
   * Aborted when this instance stops (or pg-boss finds the job's claim gone). A long job stops between
   * batches, so that shutdown does not wait for it and it does not write on a closing database: what it
   * leaves is resumed by its retry (checkpointed jobs) or by the next scheduled run.
   */
  signal: AbortSignal;
}

export interface EnqueueOptions extends SendOptions {
  /** Enqueue inside this unit of work's transaction: the job exists if and only if the transaction commits. */
  em?: EntityManager;
}

export interface JobQueueOptions {
  clientUrl: string;
  logger: Logger;
  /** Whether this instance also works jobs (an API-only instance still enqueues). Default true. */
  work?: boolean;
  /** Seconds between polls when idle (LISTEN/NOTIFY wakes workers sooner). */
  pollingIntervalSeconds?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJobDefinition = JobDefinition<any>;

/**
 * Background jobs on PostgreSQL (pg-boss): jobs live in the `pgboss` schema of Leadline's own database,
 * so they are backed up with it, survive restarts, and are shared by every instance (SKIP LOCKED
 * hands each job to exactly one worker at a time). Enqueueing can join a MikroORM transaction.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly log: Logger;
  private started = false;
  /** Aborted when stop() begins: every running job's signal follows it. */
  private readonly stopping = new AbortController();

  constructor(private readonly options: JobQueueOptions) {
    this.log = options.logger.child({ component: "jobs" });
    this.boss = new PgBoss({
      connectionString: options.clientUrl,
      schema: "pgboss",
      max: 4,
      application_name: "leadline-jobs",
      useListenNotify: true,
    });
    this.boss.on("error", (err: Error) => this.log.error({ err }, "job queue error"));
  }

  /** Installs or upgrades the queue's schema, creates the queues and their schedules, and starts workers. */
  async start(definitions: readonly AnyJobDefinition[], services: Omit<JobServices, "jobs">): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const definition of definitions) {
      const notify = definition.wakeOnSend ?? true;
      await this.boss.createQueue(definition.name, { notify, ...definition.queue });
      // createQueue leaves an existing queue as it is: a changed wake-up setting is applied here.
      await this.boss.updateQueue(definition.name, { notify });
      if (definition.schedule)
        await this.boss.schedule(definition.name, definition.schedule, {}, { tz: "UTC" });
    }
    if (this.options.work === false) return;
    for (const definition of definitions) await this.work(definition, { ...services, jobs: this });
  }

  private async work(definition: AnyJobDefinition, services: JobServices): Promise<void> {
    const batchSize = definition.batchSize ?? 1;
    await this.boss.work<object>(
      definition.name,
      {
        batchSize,
        // pg-boss ignores it at batch size 1 (every fetch that finds a job would be "full").
        burstWhenBatchFull: batchSize > 1,
        // Each job of a batch succeeds or fails (and is retried) on its own.
        perJobResults: true,
        localConcurrency: definition.concurrency ?? 1,
        pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2,
        // NOTIFY wakes workers for new jobs, but not for retries and delayed jobs coming due: keep
        // polling at the same pace rather than pg-boss' 30 s backstop.
        notifyPollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2,
      },
      async (jobs) => {
        const running = jobs.map((job) => ({
          id: job.id,
          data: job.data,
          signal: AbortSignal.any([this.stopping.signal, job.signal]),
        }));
        const failures = definition.runBatch
          ? await definition
              .runBatch(running, { ...services, logger: this.log.child({ job: definition.name }) })
              .catch((err: unknown) => new Map(running.map(({ id }) => [id, err])))
          : await this.runEach(definition, running, services);
        return running.map(({ id }): JobResult => {
          if (!failures.has(id)) return { id, status: "completed" };
          const err = failures.get(id);
          this.log
            .child({ job: definition.name, jobId: id })
            .error({ err }, "job failed; it will be retried while retries remain");
          return { id, status: "failed", output: { message: String(err) } };
        });
      },
    );
  }

  /** Runs a batch's jobs one after the other; returns the errors of those that failed. */
  private async runEach(
    definition: AnyJobDefinition,
    jobs: (RunningJob & { data: object })[],
    services: JobServices,
  ): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    for (const { data, ...job } of jobs) {
      const logger = this.log.child({ job: definition.name, jobId: job.id });
      await definition
        .run(data, { ...services, logger }, job)
        .catch((err: unknown) => failures.set(job.id, err));
    }
    return failures;
  }

  /** Enqueues one job; returns its id (null when a singleton key made it a duplicate). */
  send<Data extends object>(
    definition: JobDefinition<Data>,
    data: Data,
    { em, ...options }: EnqueueOptions = {},
  ): Promise<string | null> {
    return this.boss.send(
      definition.name,
      data,
      em ? { ...options, db: fromKysely(em.getKysely()) } : options,
    );
  }

  /** Enqueues one job per item in one statement (a batch's jobs, without a round trip each). */
  async sendMany<Data extends object>(
    definition: JobDefinition<Data>,
    items: Data[],
    { em }: Pick<EnqueueOptions, "em"> = {},
  ): Promise<void> {
    if (items.length === 0) return;
    await this.boss.insert(
      definition.name,
      items.map((data) => ({ data })),
      em ? { db: fromKysely(em.getKysely()) } : {},
    );
  }

  /**
   * Stops taking jobs, tells running ones to stop (their signal) and lets them finish (up to `timeoutMs`;
   * pg-boss then fails what is still running, for a retry), and closes the connections.
   */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.stopping.abort(new Error("Leadline is stopping: the job stops here and is resumed later"));
    await this.boss.stop({ graceful: true, timeout: timeoutMs, close: true });
  }
}
