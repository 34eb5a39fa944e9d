import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * The repository root (the folder holding pnpm-workspace.yaml), found from this file whether it runs
 * from `src/` or compiled in `dist/src/`: DATA_DIR defaults to `<root>/.data`, the SPA to `<root>/client/dist`.
 */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
  throw new Error(`No pnpm-workspace.yaml above ${start}: Leadline must run from its repository`);
}

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine((value) => value === undefined || protocols.some((p) => value.startsWith(`${p}:`)), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(" or ")}`,
    });

const PROXY_NAMES = ["loopback", "linklocal", "uniquelocal"];
/** An address, a subnet (CIDR) or one of Express's names for address ranges. */
const isProxyEntry = (entry: string) => {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split("/");
  const family = isIP(address ?? "");
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  TRUST_PROXY: z
    .string()
    .trim()
    .default("loopback")
    .transform((value) => (value === "none" ? [] : value.split(",").map((entry) => entry.trim())))
    .refine((entries) => entries.every(isProxyEntry), {
      message: `must be "none" or a comma-separated list of addresses, CIDR subnets or ${PROXY_NAMES.join(", ")}`,
    }),
  DATA_DIR: z.string().trim().min(1).default(join(REPO_ROOT, ".data")),
  DATABASE_URL: optionalUrl(["postgres", "postgresql"]),
  REDIS_URL: optionalUrl(["redis", "rediss"]),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO_DATA: z.enum(["0", "1"]).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  JOB_WORKERS: z.enum(["0", "1"]).default("1"),
  SMTP_URL: z.string().trim().url("must be a URL such as smtp://user:pass@host:587").optional(),
  MAIL_FROM: z.string().trim().min(3).default("Leadline <leadline@localhost>"),
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  DUPLICATE_CHECK_SECONDS_PER_MINUTE: z.coerce.number().int().min(0).max(50).default(10),
  CAPTURE_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(100),
  CAPTURE_RATE_LIMIT_PER_CAMPAIGN: z.coerce.number().int().min(1).max(100_000_000).default(1000),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(100),
  WEB_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  API_RATE_LIMIT_PER_ORG_HOUR: z.coerce.number().int().min(1).max(100_000_000).default(1000),
  GRAPHQL_INTROSPECTION: z.enum(["0", "1"]).default("1"),
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z.enum(["0", "1"]).default("0"),
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  CAPTURE_MAX_BODY_KB: z.coerce.number().int().min(1).max(10_240).default(64),
  CAPTURE_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(90),
  IMPORT_DIR: z.string().trim().min(1).optional(),
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(1024).default(1024),
  SPA_DIR: z
    .string()
    .trim()
    .min(1)
    .default(join(REPO_ROOT, "client", "dist")),
});

export type DemoDataMode = "auto" | "on" | "off";

export interface Config {
  port: number;
  host: string;
  /**
   * Addresses whose X-Forwarded-For is believed (reverse proxies, load balancers): a request through them
   * counts (rate limits, logs, API key use) for the client's address, not the proxy's.
   */
  trustProxy: string[];
  dataDir: string;
  /** Unset: an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | undefined;
  /** Unset: pub/sub stays inside this process. */
  redisUrl: string | undefined;
  jwtSecret: string;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** auto: load the demo into an empty embedded database; on: into any empty database; off: never. */
  demoData: DemoDataMode;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  spaDir: string;
  /** Unset: emails are logged, not sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Whether this instance works background jobs (every instance can enqueue them). */
  jobWorkers: boolean;
  /** Seconds between job-queue polls when idle; LISTEN/NOTIFY wakes workers sooner. */
  jobPollSeconds: number;
  /**
   * Database time the background duplicate check may take each minute. Its lookups run in PostgreSQL and
   * compete with capture for the same cores; 0 leaves checking to the cluster report (when at most 1,000 leads are unchecked).
   */
  duplicateCheckSecondsPerMinute: number;
  capture: CaptureConfig;
  api: ApiConfig;
  imports: ImportConfig;
}

export interface ApiConfig {
  /** Requests one API key or signed-out IP address may make per minute (GraphQL over HTTP, and WebSocket subscribes). */
  ratePerPrincipalPerMinute: number;
  /**
   * The same for one signed-in person: the web app's own screens spend it (a page is 3 to 15 requests and
   * subscribes), so it is looser than an integration's.
   */
  ratePerUserPerMinute: number;
  /** Default API-key requests per organisation per hour (an organisation may have its own). */
  ratePerOrganizationPerHour: number;
  /** Whether the schema answers introspection queries (the explorer needs them). */
  introspection: boolean;
  /** Whether outgoing webhooks may target private, loopback and link-local addresses. */
  webhooksAllowPrivateTargets: boolean;
  /** Wait before the first retry of a failed webhook delivery; each later one waits twice as long (at most 1 h). */
  webhookRetryBaseSeconds: number;
}

export interface ImportConfig {
  /** Where uploaded CSV files are kept until their import is done (shared by instances that work jobs). */
  dir: string;
  /** Largest CSV upload; bigger ones get 413. */
  maxBytes: number;
}

export interface CaptureConfig {
  /** Capture requests (API, forms, webhooks) one IP address may make per minute. */
  ratePerIpPerMinute: number;
  /** Leads one campaign may receive per hour. */
  ratePerCampaignPerHour: number;
  /** Largest capture request body; bigger ones get 413. */
  maxBodyBytes: number;
  /** Days the capture log (capture_event) keeps its entries; the daily retention job deletes older ones. */
  logRetentionDays: number;
}

export class ConfigError extends Error {}

/**
 * Reads and validates every environment variable Leadline uses, once, at start.
 * A bad value stops the start with a message naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const vars = parsed.data;
  const dataDir = resolve(vars.DATA_DIR);
  return {
    port: vars.PORT,
    host: vars.HOST,
    trustProxy: vars.TRUST_PROXY,
    dataDir,
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    jwtSecret: vars.JWT_SECRET ?? persistedSecret(dataDir),
    logLevel: vars.LOG_LEVEL,
    demoData: vars.DEMO_DATA === "1" ? "on" : vars.DEMO_DATA === "0" ? "off" : "auto",
    accessTokenTtlSeconds: vars.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: vars.REFRESH_TOKEN_TTL_DAYS,
    spaDir: resolve(vars.SPA_DIR),
    jobWorkers: vars.JOB_WORKERS === "1",
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    jobPollSeconds: vars.JOB_POLL_SECONDS,
    duplicateCheckSecondsPerMinute: vars.DUPLICATE_CHECK_SECONDS_PER_MINUTE,
    capture: {
      ratePerIpPerMinute: vars.CAPTURE_RATE_LIMIT_PER_IP,
      ratePerCampaignPerHour: vars.CAPTURE_RATE_LIMIT_PER_CAMPAIGN,
      maxBodyBytes: vars.CAPTURE_MAX_BODY_KB * 1024,
      logRetentionDays: vars.CAPTURE_LOG_RETENTION_DAYS,
    },
    api: {
      ratePerPrincipalPerMinute: vars.API_RATE_LIMIT_PER_MINUTE,
      ratePerUserPerMinute: vars.WEB_RATE_LIMIT_PER_MINUTE,
      ratePerOrganizationPerHour: vars.API_RATE_LIMIT_PER_ORG_HOUR,
      introspection: vars.GRAPHQL_INTROSPECTION === "1",
      webhooksAllowPrivateTargets: vars.WEBHOOKS_ALLOW_PRIVATE_TARGETS === "1",
      webhookRetryBaseSeconds: vars.WEBHOOK_RETRY_BASE_SECONDS,
    },
    imports: {
      dir: resolve(vars.IMPORT_DIR ?? join(dataDir, "imports")),
      maxBytes: vars.IMPORT_MAX_MB * 1024 * 1024,
    },
  };
}

/** A generated signing secret kept in DATA_DIR, so sessions survive a restart without any setup. */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, "jwt-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
