import "reflect-metadata";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Role } from "@leadline/shared";
import type { Clock } from "../src/clock.js";
import { startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import type { EntityManager } from "../src/db/orm.js";
import { createLogger } from "../src/logger.js";
import { hashPassword } from "../src/modules/auth/password.js";
import { Organization } from "../src/modules/organizations/organization.entity.js";
import { createPipelineDefaults } from "../src/modules/pipeline/pipeline-defaults.js";
import { createScoringDefaults } from "../src/modules/scoring/default-rules.js";
import { User } from "../src/modules/users/user.entity.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export const TEST_PASSWORD = "correct horse battery staple";
/** The test servers' JWT secret: a test may sign tokens as they do (a short-lived one, say). */
export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-to-be-valid";
let passwordHash: Promise<string> | undefined;

export interface TestApp {
  app: App;
  url: string;
  database: TestDatabase;
  em(): EntityManager;
  /** How many subscriptions the server has started so far (see `subscribe` in graphql-client). */
  subscriptionsStarted(): number;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Reuse a database (a second instance of the same deployment). */
  database?: TestDatabase;
  redisUrl?: string;
  env?: Record<string, string>;
  /** Business time the server reads (see TestClock). */
  clock?: Clock;
}

/** A clock a test sets and moves forward: durations without sleeping. */
export class TestClock implements Clock {
  constructor(private current = new Date("2026-03-02T09:00:00Z")) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/** A real Leadline server on a free port, on its own database, as production runs it. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    DATABASE_URL: database.url,
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: mkdtempSync(join(tmpdir(), "leadline-test-")),
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: "silent",
    DEMO_DATA: "0",
    // Test files make many requests as one user; the rate-limit tests set their own limits.
    API_RATE_LIMIT_PER_MINUTE: "1000000",
    WEB_RATE_LIMIT_PER_MINUTE: "1000000",
    API_RATE_LIMIT_PER_ORG_HOUR: "100000000",
    ...(options.redisUrl && { REDIS_URL: options.redisUrl }),
    ...options.env,
  });
  const app = await startApp(config, createLogger(config.logLevel), { clock: options.clock });
  // Counted where every subscription resolver starts listening: graphql-ws sends the client nothing
  // when a subscription is registered, so a test waits for this count instead of sleeping.
  let subscriptionsStarted = 0;
  const subscribeToTopic = app.pubSub.subscribe.bind(app.pubSub);
  app.pubSub.subscribe = ((...args: Parameters<typeof subscribeToTopic>) => {
    subscriptionsStarted += 1;
    return subscribeToTopic(...args);
  }) as typeof subscribeToTopic;
  return {
    app,
    url: app.url,
    database,
    em: () => app.database.orm.em.fork(),
    subscriptionsStarted: () => subscriptionsStarted,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

export interface SeededOrg {
  organization: Organization;
  users: Record<string, User>;
}

/** An organisation with one user per named role, the default scoring rules and pipeline stages; every password is TEST_PASSWORD. */
export async function seedOrganization(
  em: EntityManager,
  slug: string,
  users: Record<string, Role>,
): Promise<SeededOrg> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const organization = em.create(Organization, { name: slug.toUpperCase(), slug });
  const created = Object.fromEntries(
    Object.entries(users).map(([key, role]) => [
      key,
      em.create(User, {
        organization,
        email: `${key}@${slug}.test`,
        name: `${key} of ${slug}`,
        role,
        passwordHash: hash,
      }),
    ]),
  );
  createScoringDefaults(em, organization);
  createPipelineDefaults(em, organization);
  await em.flush();
  return { organization, users: created };
}
