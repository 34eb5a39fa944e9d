import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, REPO_ROOT } from "./config.js";

const dataDir = () => mkdtempSync(join(tmpdir(), "leadline-config-"));

describe("loadConfig", () => {
  it("has working defaults: port 4000, loopback, embedded database, in-process pub/sub", () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      port: 4000,
      host: "127.0.0.1",
      databaseUrl: undefined,
      redisUrl: undefined,
      logLevel: "info",
      demoData: "auto",
      capture: { ratePerIpPerMinute: 100, ratePerCampaignPerHour: 1000, maxBodyBytes: 64 * 1024 },
      imports: { maxBytes: 1024 * 1024 * 1024 },
    });
  });

  it("generates a JWT secret once and keeps it private in DATA_DIR", () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(join(dir, "jwt-secret"), "utf8")).toBe(first);
    expect(statSync(join(dir, "jwt-secret")).mode & 0o077).toBe(0);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATA_DIR: dataDir(),
      DATABASE_URL: "postgres://u:p@db:5432/leadline",
      REDIS_URL: "redis://cache:6379",
      JWT_SECRET: "s".repeat(40),
      LOG_LEVEL: "warn",
      DEMO_DATA: "0",
      ACCESS_TOKEN_TTL_SECONDS: "300",
      REFRESH_TOKEN_TTL_DAYS: "7",
      CAPTURE_RATE_LIMIT_PER_IP: "10",
      CAPTURE_RATE_LIMIT_PER_CAMPAIGN: "50",
      CAPTURE_MAX_BODY_KB: "16",
      IMPORT_DIR: "/srv/leadline-imports",
      IMPORT_MAX_MB: "100",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgres://u:p@db:5432/leadline",
      redisUrl: "redis://cache:6379",
      jwtSecret: "s".repeat(40),
      logLevel: "warn",
      demoData: "off",
      accessTokenTtlSeconds: 300,
      refreshTokenTtlDays: 7,
      capture: { ratePerIpPerMinute: 10, ratePerCampaignPerHour: 50, maxBodyBytes: 16 * 1024 },
      imports: { dir: "/srv/leadline-imports", maxBytes: 100 * 1024 * 1024 },
    });
  });

  it("names each bad variable in one clear error", () => {
    const attempt = () =>
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        JWT_SECRET: "short",
        LOG_LEVEL: "loud",
        CAPTURE_RATE_LIMIT_PER_IP: "0",
        DATA_DIR: dataDir(),
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*JWT_SECRET[\s\S]*LOG_LEVEL[\s\S]*CAPTURE_RATE_LIMIT_PER_IP/,
    );
  });
});

describe("DUPLICATE_CHECK_SECONDS_PER_MINUTE", () => {
  it("defaults to 10, may be 0 (the report checks alone), and is refused above 50", () => {
    const load = (value?: string) =>
      loadConfig({ DATA_DIR: dataDir(), DUPLICATE_CHECK_SECONDS_PER_MINUTE: value })
        .duplicateCheckSecondsPerMinute;
    expect(load()).toBe(10);
    expect(load("0")).toBe(0);
    expect(() => load("51")).toThrow(/DUPLICATE_CHECK_SECONDS_PER_MINUTE/);
  });
});

describe("REPO_ROOT", () => {
  it("is the workspace root, so DATA_DIR and the SPA resolve from src/ and from dist/ alike", async () => {
    expect(readFileSync(join(REPO_ROOT, "pnpm-workspace.yaml"), "utf8")).toMatch(/server/);
    expect(loadConfig({ DATA_DIR: dataDir() }).spaDir).toBe(join(REPO_ROOT, "client", "dist"));
  });
});
