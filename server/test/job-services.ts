import { createPubSub } from "@graphql-yoga/subscription";
import { loadConfig } from "../src/config.js";
import type { MikroORM } from "../src/db/orm.js";
import type { JobServices } from "../src/jobs/queue.js";
import type { Logger } from "../src/logger.js";
import { createMailer } from "../src/modules/notifications/mailer.js";

/** What a job queue needs to start outside an app: enough for queues whose jobs use none of it. */
export function bareJobServices(orm: MikroORM, logger: Logger): Omit<JobServices, "jobs"> {
  return {
    orm,
    config: loadConfig({ JWT_SECRET: "job-services-for-tests-only-long-enough" }),
    pubSub: createPubSub(),
    logger,
    mailer: createMailer(undefined, "", logger),
  };
}
