import { useSyncExternalStore } from "react";
import { session, type SessionTokens } from "../../api/session";

/** The current token pair, or null when signed out; re-renders on sign-in, refresh and sign-out. */
export function useSession(): SessionTokens | null {
  return useSyncExternalStore(session.subscribe, session.get);
}
