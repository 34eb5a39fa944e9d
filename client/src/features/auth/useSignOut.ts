import { useNavigate } from "react-router";
import { revokeSession } from "../../api/refresh";
import { session } from "../../api/session";

/**
 * Ends the session here (the Apollo cache is cleared with it, see api/client.ts) and on the server,
 * then shows the login page.
 */
export function useSignOut(): () => void {
  const navigate = useNavigate();
  return () => {
    const tokens = session.get();
    session.clear();
    if (tokens) void revokeSession(tokens.refreshToken);
    void navigate("/login", { replace: true });
  };
}
