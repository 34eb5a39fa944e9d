import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { MikroORM } from "../db/orm.js";
import { createContext, type Context, type Services } from "../graphql/context.js";
import { createErrorFormatter } from "../graphql/errors.js";
import { limitRules } from "../graphql/limits.js";
import { resolveViewer } from "../modules/auth/viewer.js";
import { captureApiRouter } from "../modules/capture/capture.router.js";
import { formsRouter } from "../modules/forms/form.router.js";
import { webhooksRouter } from "../modules/webhooks/webhook.router.js";
import { importsRouter } from "../modules/imports/import.router.js";
import type { CaptureLimits } from "../modules/capture/rate-limits.js";
import { spaRouter } from "./spa.js";

export interface HttpDependencies {
  orm: MikroORM;
  schema: GraphQLSchema;
  services: Services;
  /** Whether the database is reachable and migrated, for /readyz. */
  isReady: () => Promise<boolean>;
  /** Rate limits of the public capture channels. */
  captureLimits: CaptureLimits;
}

export interface HttpHandle {
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY = "1mb";
const LISTEN_BACKLOG = 4096;

/** One port: /graphql over HTTP (POST and GET) and WebSocket (graphql-ws), health checks, the SPA. */
export async function startHttpServer({
  orm,
  schema,
  services,
  isReady,
  captureLimits,
}: HttpDependencies): Promise<HttpHandle> {
  const { config, logger } = services;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const server = createServer(app);

  const wsServer = new WebSocketServer({ server, path: "/graphql", maxPayload: 1024 * 1024 });
  const wsCleanup = useServer<Record<string, unknown> | undefined, { context?: Context }>(
    {
      schema,
      // Refuse the connection outright when the token in connection_init is missing or invalid.
      onConnect: async (ctx) => {
        const viewer = await resolveViewer(
          orm.em.fork(),
          services.accessTokens,
          ctx.connectionParams?.authorization,
        );
        if (!viewer) return false;
        ctx.extra.context = createContext(orm.em.fork(), viewer, services);
        return true;
      },
      context: (ctx) => ctx.extra.context ?? {},
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    validationRules: limitRules,
    includeStacktraceInErrorResponses: false,
    // Credentials travel only in the Authorization header, never in cookies, so a cross-site request
    // cannot act as the user; the guard would only block spec-compliant GET requests.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      { serverWillStart: async () => ({ drainServer: async () => void (await wsCleanup.dispose()) }) },
    ],
    logger: logger.child({ component: "apollo" }),
  });
  await apollo.start();

  app.get("/healthz", (_request, response) => void response.json({ status: "ok" }));
  app.get("/readyz", async (_request, response) => {
    const ready = await isReady().catch(() => false);
    response.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
  });
  app.use(
    "/graphql",
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const em = orm.em.fork();
        return createContext(
          em,
          await resolveViewer(em, services.accessTokens, req.headers.authorization),
          services,
        );
      },
    }),
  );
  // Public capture channels (JSON in and out, their own body limits and error shape).
  const capture = { orm, services, limits: captureLimits };
  app.use("/v1/api", captureApiRouter(capture));
  app.use("/v1/forms", formsRouter(capture));
  app.use("/v1/webhooks", webhooksRouter(capture));
  // CSV imports and exports (streamed files, signed-in managers).
  app.use("/v1/api", importsRouter({ orm, services, schema }));
  app.use("/v1", (_request, response) => {
    response.status(404).json({
      success: false,
      error: "NOT_FOUND",
      message: "No such endpoint",
      field: null,
      code: "NOT_FOUND",
    });
  });
  app.use(spaRouter(config.spaDir));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep accept queue: a burst of form submissions (thousands of new connections at once) must
    // wait for their turn, not be reset (Node's default backlog is 511).
    server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, () => resolve());
  });

  return {
    server,
    close: async () => {
      // Apollo's drain plugin stops new connections, waits for in-flight requests and disposes graphql-ws.
      await apollo.stop();
      for (const client of wsServer.clients) client.terminate();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
