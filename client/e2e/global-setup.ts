import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, REPO_ROOT, SERVER_ENTRY, SPA_INDEX } from "./support/paths.js";

// What the built server and SPA are made from: any of it newer than the build means rebuilding.
const SOURCES = [
  "client/src",
  "client/public",
  "client/index.html",
  "client/explorer.html",
  "client/vite.config.ts",
  "server/src",
  "shared/src",
];

function newestModification(path: string): number {
  const absolute = join(REPO_ROOT, path);
  if (!statSync(absolute).isDirectory()) return statSync(absolute).mtimeMs;
  return Math.max(
    0,
    ...readdirSync(absolute, { recursive: true, encoding: "utf8" }).map(
      (entry) => statSync(join(absolute, entry)).mtimeMs,
    ),
  );
}

function buildIsCurrent(): boolean {
  const outputs = [SERVER_ENTRY, SPA_INDEX];
  if (!outputs.every((output) => existsSync(output))) return false;
  const built = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return SOURCES.every((source) => newestModification(source) <= built);
}

/** Builds the production server and SPA when missing or older than their sources; checks for Chromium. */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium`,
    );
  }
  if (buildIsCurrent()) return;
  // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const env = { ...process.env, NODE_ENV: "production" };
  const build = spawnSync("pnpm", ["build"], { cwd: REPO_ROOT, env, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`pnpm build failed (exit ${build.status ?? build.signal})`);
}
