import { useNavigate } from "react-router";
import { session } from "../../api/session";

/** Ends the session (the Apollo cache is cleared with it, see api/client.ts) and shows the login page. */
export function useSignOut(): () => void {
  const navigate = useNavigate();
  return () => {
    session.clear();
    void navigate("/login", { replace: true });
  };
}
