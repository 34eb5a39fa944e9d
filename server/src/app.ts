import type { AddressInfo } from "node:net";
import { systemClock, type Clock } from "./clock.js";
import type { Config } from "./config.js";
import { openDatabase, type Database } from "./db/database.js";
import { loadDemoDataIfWanted } from "./demo/demo-data.js";
import { buildLeadlineSchema } from "./graphql/schema.js";
import { jobDefinitions } from "./jobs/definitions.js";
import { JobQueue } from "./jobs/queue.js";
import { createMailer } from "./modules/notifications/mailer.js";
import { startHttpServer } from "./http/server.js";
import type { Logger } from "./logger.js";
import { AccessTokens } from "./modules/auth/access-token.js";
import { createLeadlinePubSub, type LeadlinePubSub } from "./realtime/pubsub.js";
import { createCaptureLimits } from "./modules/capture/rate-limits.js";
import { createApiLimits } from "./http/api-rate-limits.js";
import { createRateLimiterFactory } from "./http/rate-limiter.js";

export interface App {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  database: Database;
  jobs: JobQueue;
  pubSub: LeadlinePubSub;
  /** Business time (the system clock unless the app was started with another). */
  clock: Clock;
  /** Stops accepting work, drains HTTP and WebSocket, then closes pub/sub and the database. */
  close(): Promise<void>;
}

export interface AppOptions {
  /** Business time; tests pass a clock they control. */
  clock?: Clock;
}

/** Wires config -> database -> pub/sub -> schema -> HTTP, and starts listening. */
export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase(config, logger);
  const pubSub = createLeadlinePubSub(config.redisUrl, logger);
  const jobs = new JobQueue({
    clientUrl: database.clientUrl,
    logger,
    work: config.jobWorkers,
    pollingIntervalSeconds: config.jobPollSeconds,
  });
  const limiters = createRateLimiterFactory({ databaseUrl: database.clientUrl, redisUrl: config.redisUrl });
  const captureLimits = createCaptureLimits(config.capture, limiters);
  const apiLimits = createApiLimits(config.api, limiters);
  try {
    const mailer = createMailer(config.smtpUrl, config.mailFrom, logger);
    await jobs.start(jobDefinitions, {
      orm: database.orm,
      config,
      pubSub: pubSub.pubSub,
      logger,
      mailer,
      clock,
    });
    await loadDemoDataIfWanted(database, config, logger);
    const schema = await buildLeadlineSchema(pubSub.pubSub);
    const services = {
      config,
      logger,
      pubSub: pubSub.pubSub,
      clock,
      accessTokens: new AccessTokens(config.jwtSecret, config.accessTokenTtlSeconds),
      jobs,
    };
    const http = await startHttpServer({
      orm: database.orm,
      schema,
      services,
      isReady: database.isReady,
      captureLimits,
      apiLimits,
    });
    const { port } = http.server.address() as AddressInfo;
    return {
      url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`,
      port,
      database,
      jobs,
      pubSub: pubSub.pubSub,
      clock,
      close: async () => {
        await http.close();
        await jobs.stop();
        await limiters.close();
        await pubSub.close();
        await database.close();
      },
    };
  } catch (error) {
    await jobs.stop();
    await limiters.close();
    await pubSub.close();
    await database.close();
    throw error;
  }
}
