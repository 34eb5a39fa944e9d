/**
 * The signed-in session: a short-lived access token (JWT) and a rotating refresh token, kept in
 * localStorage so that a reload or a second tab stays signed in. A tiny external store so that React
 * (useSyncExternalStore), the Apollo links and the websocket all read the same, current pair.
 */
export interface SessionTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
}

const STORAGE_KEY = "leadline.session";
const listeners = new Set<() => void>();
let current: SessionTokens | null = read();

function read(): SessionTokens | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null");
    if (
      typeof parsed === "object" &&
      parsed !== null &&
      "accessToken" in parsed &&
      "refreshToken" in parsed &&
      typeof parsed.accessToken === "string" &&
      typeof parsed.refreshToken === "string"
    ) {
      return { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken };
    }
  } catch {
    // Unreadable storage (corrupt value, privacy mode): treat as signed out.
  }
  return null;
}

function emit(): void {
  for (const listener of listeners) listener();
}

// Another tab signed in, refreshed (rotating the refresh token) or signed out: follow it.
window.addEventListener("storage", (event) => {
  if (event.key !== STORAGE_KEY) return;
  current = read();
  emit();
});

export const session = {
  get(): SessionTokens | null {
    return current;
  },
  set(tokens: SessionTokens): void {
    current = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
    emit();
  },
  clear(): void {
    if (current === null) return;
    current = null;
    localStorage.removeItem(STORAGE_KEY);
    emit();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Whether a JWT's `exp` claim has passed (with a little slack for clock skew and latency). */
export function isExpired(jwt: string, slackSeconds = 10): boolean {
  try {
    const payload = jwt.split(".")[1] ?? "";
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    if (typeof claims === "object" && claims !== null && "exp" in claims && typeof claims.exp === "number") {
      return claims.exp - slackSeconds <= Date.now() / 1000;
    }
  } catch {
    // Not a JWT we can read: let the server decide.
  }
  return false;
}
