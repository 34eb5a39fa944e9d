import { type Role, roleAtLeast } from "@leadline/shared";
import type { AuthChecker } from "type-graphql";
import { requireViewer, type Context } from "./context.js";

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(Role.MANAGER)` needs at least that role.
 * Finer rules (a MEMBER edits only their own leads) live in the services.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = requireViewer(context);
  return roles.every((minimum) => roleAtLeast(viewer.role, minimum));
};
