// `pnpm start` runs this first: compile the server (incremental: instant when nothing changed) and
// build the SPA only when its bundle is missing or older than its sources.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const run = (command) => execSync(command, { stdio: "inherit" });

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

run("tsc -b server");
const bundle = "client/dist/index.html";
const sources = ["client/src", "client/public", "client/index.html", "client/vite.config.ts", "shared/src"];
const sourcesChanged = () =>
  Math.max(...sources.map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)));
if (!existsSync(bundle) || statSync(bundle).mtimeMs < sourcesChanged())
  run("pnpm --filter @leadline/client run build");
