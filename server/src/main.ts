import "reflect-metadata";
import { ConfigError, loadConfig } from "./config.js";
import { startApp } from "./app.js";
import { createLogger } from "./logger.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/demo-data.js";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
const app = await startApp(config, logger);
logger.info({ url: app.url }, "Leadline is listening");
const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
process.stdout.write(
  [
    "",
    `  Leadline is running at http://${shownHost}:${app.port}`,
    app.database.embedded ? `  Data: embedded PostgreSQL in ${config.dataDir}` : "  Data: DATABASE_URL",
    `  Demo sign-ins (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.join(", ")}`,
    "",
  ].join("\n") + "\n",
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // A stuck drain must not keep the process alive for ever.
    setTimeout(() => process.exit(1), 15_000).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
