import { Migration } from "@mikro-orm/migrations";

const TABLES = ["scoring_rule", "scoring_settings", "sla_settings"];

/**
 * `organization.scoring_version` moves whenever anything a new lead's score, grade or SLA deadline is
 * computed from changes (rules, scoring settings, SLA settings), whoever writes it: capture batches keep
 * the compiled rules and read this one number instead of the rules and settings (NewLeadScoringCache).
 */
export class Migration20261122050000_scoring_version extends Migration {
  override name = "Migration20261122050000_scoring_version";

  override up(): void | Promise<void> {
    this.addSql(`alter table "organization" add column "scoring_version" integer not null default 0;`);
    this.addSql(`create function bump_scoring_version() returns trigger language plpgsql as $$
      begin
        update organization set scoring_version = scoring_version + 1
        where id = coalesce(new.organization_id, old.organization_id);
        return null;
      end $$;`);
    for (const table of TABLES)
      this.addSql(
        `create trigger ${table}_bumps_scoring_version after insert or update or delete on ${table} for each row execute function bump_scoring_version();`,
      );
  }

  override down(): void | Promise<void> {
    for (const table of TABLES) this.addSql(`drop trigger if exists ${table}_bumps_scoring_version on ${table};`);
    this.addSql(`drop function if exists bump_scoring_version();`);
    this.addSql(`alter table "organization" drop column "scoring_version";`);
  }
}
