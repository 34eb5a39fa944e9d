import { LockMode } from "@mikro-orm/core";
import { Role, roleAtLeast } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { Lead } from "./lead.entity.js";

/** A live lead of the organisation, or null; `lock` holds its row until the transaction ends. */
export async function findLiveLead(
  em: EntityManager,
  organizationId: string,
  id: string,
  lock = false,
): Promise<Lead | null> {
  if (!isUuid(id)) return null;
  return em.findOne(
    Lead,
    { id, organization: organizationId, deletedAt: null },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
}

export async function findLiveLeadOrFail(
  em: EntityManager,
  organizationId: string,
  id: string,
  lock = false,
): Promise<Lead> {
  return (await findLiveLead(em, organizationId, id, lock)) ?? Promise.reject(notFound("Lead"));
}

export function assertCanWrite(viewer: Viewer): void {
  if (!roleAtLeast(viewer.role, Role.MEMBER)) throw forbidden("Viewers can only read");
}

/** MEMBERs change (move, log on) only the leads assigned to them; MANAGER and above change any lead. */
export function assertCanChangeLead(viewer: Viewer, lead: Lead): void {
  assertCanWrite(viewer);
  if (viewer.role === Role.MEMBER && lead.assignedTo?.id !== viewer.userId)
    throw forbidden("Members can only change leads assigned to them");
}
