import type { EntityManager } from "../../db/orm.js";
import { OrganizationVersionCache } from "../organizations/organization-version-cache.js";
import { Team } from "../users/team.entity.js";
import { AssignmentRule } from "./routing.entities.js";
import { Territory } from "./territory.entity.js";

/**
 * An organisation's routing setup as routing reads it: active rules (highest priority first, their teams
 * loaded), active territories (the same order) and teams. Entities of their own EntityManager: read, never
 * written or attached to another.
 */
export interface RoutingConfig {
  rules: AssignmentRule[];
  territories: Territory[];
  teams: ReadonlyMap<string, Team>;
}

export async function loadRoutingConfig(em: EntityManager, organizationId: string): Promise<RoutingConfig> {
  const order = { priority: "desc", createdAt: "asc", id: "asc" } as const;
  const [rules, territories, teams] = await Promise.all([
    em.find(
      AssignmentRule,
      { organization: organizationId, active: true },
      { orderBy: order, populate: ["team"] },
    ),
    em.find(Territory, { organization: organizationId, active: true }, { orderBy: order }),
    em.find(Team, { organization: organizationId }),
  ]);
  return { rules, territories, teams: new Map(teams.map((team) => [team.id, team])) };
}

/**
 * `loadRoutingConfig` remembered per organisation for as long as its `routing_version` stays put (moved by
 * triggers on rules, territories and teams, whoever writes them, but not by round-robin turns): a capture
 * batch reads one number instead of the rules through the ORM.
 */
export class RoutingConfigCache extends OrganizationVersionCache<RoutingConfig> {
  constructor() {
    // Its own EntityManager: the entities outlive the caller's unit of work.
    super("routing_version", (em, organizationId) =>
      loadRoutingConfig(em.fork({ clear: true }), organizationId),
    );
  }
}
