import { type Role, roleAtLeast } from "@leadline/shared";
import type { AuthChecker } from "type-graphql";
import { requireViewer, type Context } from "./context.js";
import { forbidden } from "./errors.js";

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(Role.MANAGER)` needs at least that role.
 * Finer rules (a MEMBER edits only their own leads) live in the services. A refusal names the role it
 * needs (type-graphql's own says only "Access denied!").
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const viewer = requireViewer(context);
  const missing = roles.find((minimum) => !roleAtLeast(viewer.role, minimum));
  if (missing)
    throw forbidden(`${info.fieldName} needs the ${missing} role or above; you are ${viewer.role}`);
  return true;
};
