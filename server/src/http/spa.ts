import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";

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
  router.get(/^\/(?!graphql|v1\/|healthz|readyz).*/, (_request, response) => {
    if (existsSync(indexFile)) response.sendFile(indexFile);
    else
      response
        .status(503)
        .type("text/plain")
        .send("The web app is not built yet: run `pnpm build` (or `pnpm start`).");
  });
  return router;
}
