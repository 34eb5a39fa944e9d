import { Migration } from "@mikro-orm/migrations";

/** Round-robin counters move with every routed lead; they are not part of the setup routing caches. */
const COUNTERS_IGNORED = `(to_jsonb(old) - 'turn' - 'updated_at') is distinct from (to_jsonb(new) - 'turn' - 'updated_at')`;

/**
 * `organization.routing_version` moves whenever the setup routing reads changes (assignment rules,
 * territories, teams), whoever writes it, but not when a round-robin turn is taken: capture batches keep
 * the rules, territories and teams and read this one number instead (RoutingConfigCache).
 */
export class Migration20261207150000_routing_version extends Migration {
  override name = "Migration20261207150000_routing_version";

  override up(): void | Promise<void> {
    this.addSql(`alter table "organization" add column "routing_version" integer not null default 0;`);
    this.addSql(`create function bump_routing_version() returns trigger language plpgsql as $$
      begin
        update organization set routing_version = routing_version + 1
        where id = coalesce(new.organization_id, old.organization_id);
        return null;
      end $$;`);
    for (const table of ["assignment_rule", "territory", "team"]) {
      this.addSql(
        `create trigger ${table}_bumps_routing_version after insert or delete on ${table} for each row execute function bump_routing_version();`,
      );
      this.addSql(
        `create trigger ${table}_update_bumps_routing_version after update on ${table} for each row when (${COUNTERS_IGNORED}) execute function bump_routing_version();`,
      );
    }
  }

  override down(): void | Promise<void> {
    for (const table of ["assignment_rule", "territory", "team"]) {
      this.addSql(`drop trigger if exists ${table}_bumps_routing_version on ${table};`);
      this.addSql(`drop trigger if exists ${table}_update_bumps_routing_version on ${table};`);
    }
    this.addSql(`drop function if exists bump_routing_version();`);
    this.addSql(`alter table "organization" drop column "routing_version";`);
  }
}
