import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase } from "../../../server/test/database.js";
import { launchChromium } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

export interface BrowserFixture {
  readonly server: RunningServer;
  /** The server's database, for a test that must change data behind the server's back. */
  readonly databaseUrl: string;
  readonly browser: Browser;
}

/**
 * For one browser test file: a fresh database, the production server with the demo on it, and Chromium,
 * started before the tests and released after them in reverse order, whatever failed in between.
 */
export function useServerAndBrowser(serverEnv: Record<string, string> = {}): BrowserFixture {
  const cleanups: (() => Promise<void>)[] = [];
  let server: RunningServer | undefined;
  let databaseUrl: string | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    databaseUrl = database.url;
    server = await startServer({ databaseUrl: database.url, env: serverEnv });
    cleanups.push(() => server!.stop());
    browser = await launchChromium();
    cleanups.push(() => browser!.close());
  });

  afterAll(async () => {
    const failures: unknown[] = [];
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => failures.push(error));
    if (failures.length) throw new AggregateError(failures, "Cleaning up after the browser test failed");
  });

  return {
    get server() {
      if (!server) throw new Error("the server is not started yet");
      return server;
    },
    get databaseUrl() {
      if (!databaseUrl) throw new Error("the database is not created yet");
      return databaseUrl;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not started yet");
      return browser;
    },
  };
}
