import { print } from "graphql";
import { graphql } from "./gql";
import type { RefreshSessionMutation } from "./gql/graphql";
import { GRAPHQL_PATH } from "./endpoints";
import { session } from "./session";

const refreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
    }
  }
`);

interface RefreshResponse {
  data?: RefreshSessionMutation | null;
  errors?: readonly unknown[];
}

// Refresh tokens rotate: two concurrent refreshes with the same token would make the server see a
// reuse. Serialise them across tabs (Web Locks) or, where those are missing, within this tab.
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  if ("locks" in navigator) return navigator.locks.request("leadline.refresh-session", task);
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Exchanges the refresh token for a new token pair, once however many requests failed together.
 * `staleAccessToken` is the token the failed request carried: when the session has moved on since
 * (another request or tab refreshed first) the new pair is already there. Sent outside Apollo so
 * that it never re-enters the link chain that called it.
 *
 * @returns whether a usable session exists afterwards; the session is cleared when the server
 * rejects the refresh token. Network failures reject, leaving the session for a later attempt.
 */
export function refreshSession(staleAccessToken: string | undefined): Promise<boolean> {
  return exclusively(async () => {
    const tokens = session.get();
    if (!tokens) return false;
    if (staleAccessToken !== undefined && tokens.accessToken !== staleAccessToken) return true;

    const response = await fetch(GRAPHQL_PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        operationName: "RefreshSession",
        query: print(refreshSessionMutation),
        variables: { refreshToken: tokens.refreshToken },
      }),
    });
    const body = (await response.json()) as RefreshResponse;
    const next = body.data?.refreshSession;
    if (next) {
      session.set(next);
      return true;
    }
    if (body.errors?.length) {
      session.clear();
      return false;
    }
    throw new Error(`Refreshing the session failed with HTTP ${response.status}`);
  });
}

const logoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

/**
 * Revokes a session on the server, so its refresh token can no longer renew it. Best effort: signing
 * out in this browser must work offline too, and the access token expires on its own within minutes.
 */
export async function revokeSession(refreshToken: string): Promise<void> {
  await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      operationName: "Logout",
      query: print(logoutMutation),
      variables: { refreshToken },
    }),
  }).catch(() => undefined);
}
