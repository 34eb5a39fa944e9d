import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { TEST_PASSWORD, type TestApp } from "./app.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** One GraphQL request over real HTTP. */
export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The first error's code, for asserting refusals. */
export const errorCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

export async function login(url: string, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await graphql<{ login: { accessToken: string } }>(
    url,
    "mutation($input: LoginInput!) { login(input: $input) { accessToken } }",
    { input: { email, password } },
  );
  if (!response.data) throw new Error(`login failed for ${email}: ${JSON.stringify(response.errors)}`);
  return response.data.login.accessToken;
}

export interface Subscription<T> {
  /** The next event, or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** Resolves when nothing arrives within `ms` (to prove an event was NOT delivered). */
  expectSilence(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Subscribes over graphql-ws, with the token in connection_init as the SPA sends it. */
export async function subscribe<T = Record<string, any>>(
  server: Pick<TestApp, "url" | "subscriptionsStarted">,
  token: string | undefined,
  query: string,
): Promise<Subscription<T>> {
  const { url } = server;
  const startedBefore = server.subscriptionsStarted();
  const client: Client = createClient({
    url: `${url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // Closures surface through next()/the connect promise; no console noise.
    onNonLazyError: () => {},
  });
  const queue: T[] = [];
  const waiters: ((value: T) => void)[] = [];
  let failure: unknown;
  const acknowledged = new Promise<void>((resolve, reject) => {
    client.on("connected", () => resolve());
    client.on("closed", (event) => reject(event));
    client.on("error", (error) => reject(error));
  });
  client.subscribe<T>(
    { query },
    {
      next: (result) => {
        const value = (result.data ?? result) as T;
        const waiter = waiters.shift();
        if (waiter) waiter(value);
        else queue.push(value);
      },
      error: (error) => (failure = error),
      complete: () => {},
    },
  );
  await acknowledged;
  // graphql-ws does not acknowledge a subscribe: wait until the server has started it (or refused it, with
  // an error or an event), so that nothing the test does next can publish before the subscription
  // listens. A fixed wait here once missed a rescoring run's first progress event on a loaded machine.
  const deadline = Date.now() + 10_000;
  while (server.subscriptionsStarted() === startedBefore && failure === undefined && queue.length === 0) {
    if (Date.now() > deadline) throw new Error("the server never started the subscription");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return {
    next: (timeoutMs = 5000) => {
      if (failure) return Promise.reject(failure);
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no event arrived")), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    expectSilence: async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (queue.length > 0) throw new Error(`unexpected event: ${JSON.stringify(queue[0])}`);
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/**
 * A graphql-ws connection authenticated with `token`; `closure` resolves with how the server closed it.
 * `headers` go on the upgrade request (e.g. X-Forwarded-For, as a proxy would add it).
 */
export async function openSocket(url: string, token: string, headers: Record<string, string> = {}) {
  let closed!: (event: { code: number; reason: string }) => void;
  const closure = new Promise<{ code: number; reason: string }>((resolve) => (closed = resolve));
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocketWithHeaders,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
  });
  await new Promise<void>((resolve, reject) => {
    client.on("connected", () => resolve());
    client.on("closed", (event) => reject(new Error(`closed ${(event as CloseEvent).code}`)));
  });
  client.on("closed", (event) => closed(event as CloseEvent));
  return { closure, dispose: () => client.dispose() };
}
