import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Response, type Router } from "express";

/**
 * Serves the built SPA: files as they are (hashed assets cached for a year), and index.html for any
 * other GET that is not an API path, so client-side routes survive a reload.
 */
export function spaRouter(spaDir: string): Router {
  const router = express.Router();
  const indexFile = join(spaDir, "index.html");
  router.use(
    "/assets",
    express.static(join(spaDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  router.use(express.static(spaDir, { index: false }));
  router.get(/^\/(?!graphql|v1\/|healthz|readyz).*/, (_request, response) => sendBuilt(indexFile, response));
  return router;
}

/** The API explorer page (a second entry of the web app's build). */
export function sendExplorer(spaDir: string, response: Response): void {
  sendBuilt(join(spaDir, "explorer.html"), response);
}

function sendBuilt(file: string, response: Response): void {
  if (existsSync(file)) response.sendFile(file);
  else
    response
      .status(503)
      .type("text/plain")
      .send("The web app is not built yet: run `pnpm build` (or `pnpm start`).");
}
