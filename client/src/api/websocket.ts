import { createClient, type Client } from "graphql-ws";
import { graphqlWebSocketUrl } from "./endpoints";
import { refreshSession } from "./refresh";
import { isExpired, session } from "./session";

// 4205 is in the application range of close codes and not fatal to graphql-ws, so it reconnects
// and resubscribes every active subscription, sending the current token in `connection_init`.
const RESTART_CODE = 4205;

export interface SubscriptionSocket {
  readonly client: Client;
  /** Reconnects with the current token, resubscribing whatever is subscribed. */
  restart(): void;
}

/**
 * A graphql-ws client for subscriptions that authenticates in the `connection_init` payload and
 * can be restarted when the token changes. `onReconnected` runs after any reconnect (a drop or a
 * restart), since events published while the socket was down are lost.
 */
export function createSubscriptionSocket(onReconnected: () => void): SubscriptionSocket {
  // Only an open socket needs restarting: a connecting one sends `connection_init` (reading the
  // current token) once it opens, and without a socket the next connect reads it anyway.
  let socket: WebSocket | null = null;
  const restart = () => {
    if (socket?.readyState === WebSocket.OPEN) socket.close(RESTART_CODE, "Session changed");
  };

  const client = createClient({
    url: graphqlWebSocketUrl(),
    // Called on every (re)connect. An expired access token would be refused, so refresh it first.
    connectionParams: async () => {
      let tokens = session.get();
      if (tokens && isExpired(tokens.accessToken)) {
        await refreshSession(tokens.accessToken);
        tokens = session.get();
      }
      return tokens ? { authorization: `Bearer ${tokens.accessToken}` } : {};
    },
    // A CRM tab stays open all day: keep retrying (with graphql-ws's backoff) through server restarts.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      opened: (opened) => {
        socket = opened as WebSocket;
      },
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) onReconnected();
      },
      closed: () => {
        socket = null;
      },
    },
  });

  return { client, restart };
}
