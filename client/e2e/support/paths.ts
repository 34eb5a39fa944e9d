import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");

const serverPackage = JSON.parse(readFileSync(join(REPO_ROOT, "server/package.json"), "utf8")) as {
  main: string;
};

/** The production server as `pnpm build` leaves it: the server package's `main`. */
export const SERVER_ENTRY = join(REPO_ROOT, "server", serverPackage.main);

/** The built SPA, which the production server serves at `/`. */
export const SPA_INDEX = join(REPO_ROOT, "client/dist/index.html");

/** Debian's Chromium (`apt-get install chromium`), or the browser CHROMIUM_PATH names; driven by playwright-core. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Screenshots of failed tests go here (git-ignored). */
export const RESULTS_DIR = join(REPO_ROOT, "client/test-results");
