import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";

/** The organisation's counters that triggers move on every change of what a cache keeps. */
export type OrganizationVersion = "scoring_version" | "routing_version";

const MAX_CACHED = 10_000;

/**
 * A value per organisation, remembered for as long as one of its version counters stays put: a caller
 * reads one number instead of what the value is loaded from. Exact, not time-based: the version is read
 * first, so the value kept is never older than the version it is kept under.
 */
export class OrganizationVersionCache<T> {
  private readonly entries = new Map<string, { version: number; value: T }>();

  constructor(
    private readonly column: OrganizationVersion,
    private readonly load: (em: EntityManager, organizationId: string) => Promise<T>,
  ) {}

  /** The value for the current version: read here, or given when the caller has just read it. */
  async get(em: EntityManager, organizationId: string, version?: number): Promise<T> {
    if (version === undefined) {
      const { rows } = await sql<{ version: number }>`
        select ${sql.ref(this.column)} as version from organization where id = ${organizationId}`.execute(
        em.getKysely(),
      );
      version = rows[0]?.version ?? -1;
    }
    const cached = this.entries.get(organizationId);
    if (cached?.version === version) return cached.value;
    const value = await this.load(em, organizationId);
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    this.entries.set(organizationId, { version, value });
    return value;
  }
}
