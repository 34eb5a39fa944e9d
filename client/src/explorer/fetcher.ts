import type { GraphiQLProps } from "graphiql";
import { Kind, parse } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { GRAPHQL_PATH, graphqlWebSocketUrl } from "../api/endpoints";
import { session } from "../api/session";

type Fetcher = GraphiQLProps["fetcher"];

/** The Authorization to send: the one typed in the Headers tab (e.g. an API key), else the signed-in session's. */
function authorizationOf(headers: Record<string, unknown> | undefined): string | undefined {
  const typed = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "authorization")?.[1];
  if (typeof typed === "string" && typed.trim()) return typed;
  const token = session.get()?.accessToken;
  return token ? `Bearer ${token}` : undefined;
}

// One graphql-ws connection per credential: a changed Authorization opens a new one.
let socket: { authorization: string | undefined; client: Client } | undefined;
function wsClient(authorization: string | undefined): Client {
  if (socket && socket.authorization === authorization) return socket.client;
  void socket?.client.dispose();
  const client = createClient({
    url: graphqlWebSocketUrl(),
    connectionParams: authorization ? { authorization } : {},
  });
  socket = { authorization, client };
  return client;
}

/**
 * Whether the operation that runs is a subscription, read from the text sent (GraphiQL's parsed document
 * trails the editor by a debounce, and would send a just-typed subscription over HTTP).
 */
function isSubscription(query: string, operationName: string | null | undefined): boolean {
  let document;
  try {
    document = parse(query);
  } catch {
    return false; // the server answers the syntax error
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const running =
    operations.find((operation) => operationName && operation.name?.value === operationName) ??
    (operations.length === 1 ? operations[0] : undefined);
  return running?.operation === "subscription";
}

/** Queries and mutations over HTTP, subscriptions over graphql-ws, both with the same credential. */
export const explorerFetcher: Fetcher = (params, options) => {
  const authorization = authorizationOf(options?.headers);
  if (isSubscription(params.query, params.operationName)) {
    const client = wsClient(authorization);
    return {
      [Symbol.asyncIterator]: () =>
        client.iterate({
          query: params.query,
          variables: params.variables ?? undefined,
          operationName: params.operationName ?? undefined,
        }),
    } as AsyncIterable<never>;
  }
  return fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...Object.fromEntries(
        Object.entries(options?.headers ?? {}).filter(([name]) => name.toLowerCase() !== "authorization"),
      ),
      ...(authorization && { authorization }),
    },
    body: JSON.stringify(params),
  }).then((response) => response.json());
};
