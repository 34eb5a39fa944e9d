import type { AddressInfo } from "node:net";
import type { Config } from "./config.js";
import { openDatabase, type Database } from "./db/database.js";
import { loadDemoDataIfWanted } from "./demo/demo-data.js";
import { buildLeadlineSchema } from "./graphql/schema.js";
import { startHttpServer } from "./http/server.js";
import type { Logger } from "./logger.js";
import { AccessTokens } from "./modules/auth/access-token.js";
import { createLeadlinePubSub } from "./realtime/pubsub.js";
import { createCaptureLimits } from "./modules/capture/rate-limits.js";

export interface App {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  port: number;
  database: Database;
  /** Stops accepting work, drains HTTP and WebSocket, then closes pub/sub and the database. */
  close(): Promise<void>;
}

/** Wires config -> database -> pub/sub -> schema -> HTTP, and starts listening. */
export async function startApp(config: Config, logger: Logger): Promise<App> {
  const database = await openDatabase(config, logger);
  const pubSub = createLeadlinePubSub(config.redisUrl, logger);
  const captureLimits = createCaptureLimits(config.capture, {
    databaseUrl: database.clientUrl,
    redisUrl: config.redisUrl,
  });
  try {
    await loadDemoDataIfWanted(database, config, logger);
    const schema = await buildLeadlineSchema(pubSub.pubSub);
    const services = {
      config,
      logger,
      pubSub: pubSub.pubSub,
      accessTokens: new AccessTokens(config.jwtSecret, config.accessTokenTtlSeconds),
    };
    const http = await startHttpServer({
      orm: database.orm,
      schema,
      services,
      isReady: database.isReady,
      captureLimits,
    });
    const { port } = http.server.address() as AddressInfo;
    return {
      url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`,
      port,
      database,
      close: async () => {
        await http.close();
        await captureLimits.close();
        await pubSub.close();
        await database.close();
      },
    };
  } catch (error) {
    await captureLimits.close();
    await pubSub.close();
    await database.close();
    throw error;
  }
}
