/** The GraphQL endpoint, same origin as the app (Vite proxies it in development). */
export const GRAPHQL_PATH = "/graphql";

/** The graphql-ws endpoint: the same path over ws(s) on the page's own host. */
export function graphqlWebSocketUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}${GRAPHQL_PATH}`;
}
