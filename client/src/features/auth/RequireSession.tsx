import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "./useSession";

/** Route guard: renders the child routes when signed in, otherwise the login page (then back here). */
export function RequireSession() {
  const tokens = useSession();
  const location = useLocation();
  if (!tokens) return <Navigate to="/login" replace state={{ from: location }} />;
  return <Outlet />;
}
