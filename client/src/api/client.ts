import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { OperationTypeNode } from "graphql";
import { from, switchMap, throwError } from "rxjs";
import { GRAPHQL_PATH } from "./endpoints";
import { hasErrorCode } from "./errors";
import { refreshSession } from "./refresh";
import { session } from "./session";
import { createSubscriptionSocket } from "./websocket";

// Sends the current access token; re-run on the retry after a refresh, so the retry carries the new one.
const authLink = new SetContextLink((previous) => {
  const accessToken = session.get()?.accessToken;
  if (!accessToken) return {};
  return { accessToken, headers: { ...previous["headers"], authorization: `Bearer ${accessToken}` } };
});

// On UNAUTHENTICATED (the access token expired), refresh the session once and retry. When the refresh
// token is refused too, the session is cleared and the route guard sends the user to /login.
const refreshLink = new ErrorLink(({ error, operation, forward }) => {
  if (!hasErrorCode(error, "UNAUTHENTICATED") || !session.get()) return;
  const context = operation.getContext();
  if (context.authRetried) {
    session.clear();
    return;
  }
  return from(refreshSession(context.accessToken)).pipe(
    switchMap((refreshed) => {
      if (!refreshed) return throwError(() => error);
      operation.setContext({ authRetried: true });
      return forward(operation);
    }),
  );
});

/** Time for a server to register the subscriptions resent on a reconnect (milliseconds there; seconds here). */
const RESUBSCRIBED_WITHIN_MS = 2_000;

/** The app's Apollo Client: queries and mutations over HTTP, subscriptions over graphql-ws. */
export function createApolloClient(): ApolloClient {
  // Subscriptions are lost while the socket is down: refetch what is on screen once it is back. graphql-ws
  // does not confirm when the server has registered the resent subscriptions, and an event published
  // before that is lost too: refetch once more when they surely have.
  const refetchOnScreen = () => void client.refetchObservableQueries();
  const socket = createSubscriptionSocket(() => {
    refetchOnScreen();
    setTimeout(refetchOnScreen, RESUBSCRIBED_WITHIN_MS);
  });
  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(socket.client),
    new HttpLink({ uri: GRAPHQL_PATH }),
  );

  const client = new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, transport]),
    cache: new InMemoryCache(),
    dataMasking: true,
    // A live event refetches what it changed. Deduplicated, that refetch would join a request for the same
    // query already in flight, which may have read the database before the change: the screen would keep the
    // old answer until the next event (seen as a bell that missed a notification while it was loading).
    queryDeduplication: false,
  });

  session.subscribe(() => {
    // A new token pair (sign-in, refresh, another tab) must reach the socket's `connection_init`.
    if (session.get()) socket.restart();
    // Signed out (or the refresh token was refused): nothing of that user's data may outlive it.
    else void client.clearStore();
  });
  return client;
}
