import { createPubSub } from "@graphql-yoga/subscription";
import { systemClock } from "../src/clock.js";
import { loadConfig } from "../src/config.js";
import type { MikroORM } from "../src/db/orm.js";
import type { JobServices, RunningJob } from "../src/jobs/queue.js";
import { createLogger, type Logger } from "../src/logger.js";
import { createMailer } from "../src/modules/notifications/mailer.js";
import type { TestApp } from "./app.js";

/** What a job queue needs to start outside an app: enough for queues whose jobs use none of it. */
export function bareJobServices(orm: MikroORM, logger: Logger): Omit<JobServices, "jobs"> {
  return {
    orm,
    config: loadConfig({ JWT_SECRET: "job-services-for-tests-only-long-enough" }),
    pubSub: createPubSub(),
    logger,
    mailer: createMailer(undefined, "", logger),
    clock: systemClock,
  };
}

/** The services a job gets when run by hand against a test app: its ORM, queue, pub/sub and clock, a silent log. */
export function appJobServices(server: TestApp): JobServices {
  const logger = createLogger("silent");
  return {
    ...bareJobServices(server.app.database.orm, logger),
    jobs: server.app.jobs,
    pubSub: server.app.pubSub,
    clock: server.app.clock,
  };
}

/** A job as a handler sees it when a test runs the handler by hand (stopped when `signal` is aborted). */
export function runningJob(id: string, signal: AbortSignal = new AbortController().signal): RunningJob {
  return { id, signal };
}
