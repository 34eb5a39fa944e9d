import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
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

const MAX_CACHED = 10_000;

/**
 * `loadRoutingConfig` remembered per organisation for as long as its `routing_version` stays put (moved by
 * triggers on rules, territories and teams, whoever writes them, but not by round-robin turns): a capture
 * batch reads one number instead of the rules through the ORM. Exact, not time-based: the version is read
 * first, so the setup kept is never older than the version it is kept under.
 */
export class RoutingConfigCache {
  private readonly entries = new Map<string, { version: number; config: RoutingConfig }>();

  async get(em: EntityManager, organizationId: string): Promise<RoutingConfig> {
    const { rows } = await sql<{ version: number }>`
      select routing_version as version from organization where id = ${organizationId}`.execute(
      em.getKysely(),
    );
    const version = rows[0]?.version ?? -1;
    const cached = this.entries.get(organizationId);
    if (cached?.version === version) return cached.config;
    // Its own EntityManager: the entities outlive the caller's unit of work.
    const config = await loadRoutingConfig(em.fork({ clear: true }), organizationId);
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    this.entries.set(organizationId, { version, config });
    return config;
  }

  /** The setup last read by `get`, without a round trip: for the rest of a batch that began with `get`. */
  peek(organizationId: string): RoutingConfig | undefined {
    return this.entries.get(organizationId)?.config;
  }
}
