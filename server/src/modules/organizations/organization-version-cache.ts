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

  async get(em: EntityManager, organizationId: string): Promise<T> {
    const { rows } = await sql<{ version: number }>`
      select ${sql.ref(this.column)} as version from organization where id = ${organizationId}`.execute(
      em.getKysely(),
    );
    const version = rows[0]?.version ?? -1;
    const cached = this.entries.get(organizationId);
    if (cached?.version === version) return cached.value;
    const value = await this.load(em, organizationId);
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    this.entries.set(organizationId, { version, value });
    return value;
  }

  /** The value last read by `get`, without a round trip: for the rest of a batch that began with `get`. */
  peek(organizationId: string): T | undefined {
    return this.entries.get(organizationId)?.value;
  }
}
