import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import proxyaddr from "proxy-addr";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { MikroORM } from "../db/orm.js";
import { createContext, type Context, type Services } from "../graphql/context.js";
import { createErrorFormatter } from "../graphql/errors.js";
import { operationLimitsPlugin, limitRules, parseOptions } from "../graphql/limits.js";
import { operationChecker } from "../graphql/operation-checks.js";
import { ApiKeySockets } from "../modules/api-keys/api-key-sockets.js";
import { closeSocketWhenDue } from "../realtime/socket-expiry.js";
import { resolveViewer, type Viewer } from "../modules/auth/viewer.js";
import { CaptureIntake } from "../modules/capture/capture-intake.js";
import { captureApiRouter } from "../modules/capture/capture.router.js";
import { formsRouter } from "../modules/forms/form.router.js";
import { webhooksRouter } from "../modules/webhooks/webhook.router.js";
import { importsRouter } from "../modules/imports/import.router.js";
import type { CaptureLimits } from "../modules/capture/rate-limits.js";
import { rateLimitHeaders, type ApiLimits } from "./api-rate-limits.js";
import { sendExplorer, spaRouter } from "./spa.js";

export interface HttpDependencies {
  orm: MikroORM;
  schema: GraphQLSchema;
  services: Services;
  /** Whether the database is reachable and migrated, for /readyz. */
  isReady: () => Promise<boolean>;
  /** Rate limits of the public capture channels. */
  captureLimits: CaptureLimits;
  /** Rate limits of the GraphQL API (HTTP requests and WebSocket subscribes). */
  apiLimits: ApiLimits;
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
  apiLimits,
}: HttpDependencies): Promise<HttpHandle> {
  const { config, logger } = services;
  const app = express();
  app.disable("x-powered-by");
  // X-Forwarded-For is believed from these proxies only (TRUST_PROXY): a client cannot pick its own address.
  const trustProxy = proxyaddr.compile(config.trustProxy);
  app.set("trust proxy", trustProxy);
  const server = createServer(app);

  const formatError = createErrorFormatter(logger);
  const wsServer = new WebSocketServer({ server, path: "/graphql", maxPayload: 1024 * 1024 });
  const keySockets = new ApiKeySockets(services.pubSub);
  const checkOperation = operationChecker(schema, config.api.introspection);
  const wsCleanup = useServer<Record<string, unknown> | undefined, { context?: Context; ip?: string }>(
    {
      schema,
      // Refuse the connection outright when the token in connection_init is missing or invalid.
      onConnect: async (ctx) => {
        // The upgrade request's client, by the same rule as req.ip (behind a proxy, not the proxy's address).
        const ip = proxyaddr(ctx.extra.request, trustProxy);
        const viewer = await resolveViewer(
          orm.em.fork(),
          services.accessTokens,
          ctx.connectionParams?.authorization,
          { ip, now: services.clock.now() },
        );
        if (!viewer) return false;
        ctx.extra.ip = ip;
        ctx.extra.context = createContext(orm.em.fork(), viewer, services);
        if (viewer.apiKey) {
          const { id, expiresAt } = viewer.apiKey;
          const msLeft = expiresAt ? expiresAt.getTime() - services.clock.now().getTime() : null;
          keySockets.watch(id, ctx.extra.socket, msLeft);
        } else if (viewer.sessionExpiresAt) {
          // The token is read once, at connection: the socket lives no longer than it (nor does a
          // deactivated user's or a changed role's, then). The client reconnects with a fresh one.
          // Real time, not the business clock: the token's expiry is checked against it.
          const msLeft = viewer.sessionExpiresAt.getTime() - Date.now();
          closeSocketWhenDue(ctx.extra.socket, msLeft, "Access token expired");
        }
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = await apiLimits.consume(ctx.extra.context?.viewer ?? null, ctx.extra.ip ?? "unknown");
        if (state.limited) return [rateLimitedError(state.resetSeconds)];
        const checked = checkOperation(payload);
        if ("errors" in checked) return [...checked.errors];
        const { document } = checked;
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      context: (ctx) => ctx.extra.context ?? {},
      // Errors over WebSocket carry the same codes as over HTTP (type-graphql's UNAUTHORIZED is FORBIDDEN).
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : undefined,
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: limitRules,
    parseOptions,
    introspection: config.api.introspection,
    includeStacktraceInErrorResponses: false,
    // Credentials travel only in the Authorization header, never in cookies, so a cross-site request
    // cannot act as the user; the guard would only block spec-compliant GET requests.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin,
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
  // A browser opening /graphql gets the API explorer (GraphiQL, built with the web app); GraphQL GETs
  // (with a `query`) and every other client get the API.
  app.get("/graphql", (request, response, next) => {
    if (request.query.query !== undefined || !request.headers.accept?.includes("text/html")) return next();
    sendExplorer(config.spaDir, response);
  });
  app.use(
    "/graphql",
    // Who is asking (an access token or an API key), then whether their budget allows it.
    async (request, response, next) => {
      const em = orm.em.fork();
      const viewer = await resolveViewer(em, services.accessTokens, request.headers.authorization, {
        ip: request.ip,
        now: services.clock.now(),
      });
      const state = await apiLimits.consume(viewer, request.ip ?? "unknown");
      response.set(rateLimitHeaders(state));
      if (state.limited) {
        response.status(429).json({ errors: [rateLimitedError(state.resetSeconds).toJSON()] });
        return;
      }
      response.locals.em = em;
      response.locals.viewer = viewer;
      next();
    },
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createContext(res.locals.em as Context["em"], res.locals.viewer as Viewer | null, services),
    }),
  );
  // Public capture channels (JSON in and out, their own body limits and error shape).
  const capture = {
    orm,
    services,
    limits: captureLimits,
    intake: new CaptureIntake(orm, services, captureLimits),
  };
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
      await keySockets.stop();
      for (const client of wsServer.clients) client.terminate();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

const rateLimitedError = (retryAfter: number) =>
  new GraphQLError(`Too many requests; retry in ${retryAfter} s`, {
    extensions: { code: "RATE_LIMITED", retryAfter },
  });
