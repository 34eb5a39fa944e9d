import { Migration } from "@mikro-orm/migrations";
import { leadSearchOnUpdate } from "./Migration20261121200000_lead_search.js";

/**
 * Duplicate pairs are kept as leads change instead of computed from the whole organisation on every
 * read of the cluster report (a trigram self-join: minutes at 100k leads). A lead whose email, phone,
 * name or company is new or changed is marked unchecked in `lead_search`; a job (and the report itself,
 * for a few) looks its duplicates up through the single check's indexes and stores the pairs.
 */
export class Migration20261206120000_duplicate_pairs extends Migration {
  override name = "Migration20261206120000_duplicate_pairs";

  override up(): void | Promise<void> {
    // Every existing lead starts unchecked: the job fills the pairs in after the upgrade.
    this.addSql(`alter table "lead_search" add column "duplicates_checked" boolean not null default false;`);
    this.addSql(
      `create index lead_search_duplicates_unchecked_idx on lead_search (organization_id, lead_id) where not duplicates_checked;`,
    );
    this.addSql(`create table "lead_duplicate_pair" (
      "lead_id" uuid not null references lead (id) on delete cascade,
      "duplicate_id" uuid not null references lead (id) on delete cascade,
      "organization_id" uuid not null references organization (id) on delete cascade,
      "reason" text not null,
      "similarity" real not null,
      primary key ("lead_id", "duplicate_id"),
      check ("lead_id" < "duplicate_id"));`);
    this.addSql(`create index lead_duplicate_pair_duplicate_idx on lead_duplicate_pair (duplicate_id);`);
    this.addSql(`create index lead_duplicate_pair_org_idx on lead_duplicate_pair (organization_id);`);

    // As before, and a changed lead (a new phone too) is checked again.
    this.addSql(`create or replace function ${leadSearchOnUpdate(", duplicates_checked = false")}`);
    this.addSql(`drop trigger lead_search_on_update on lead;`);
    this.addSql(`create trigger lead_search_on_update after update of first_name, last_name, email, phone, company, deleted_at on lead for each row when (old.first_name is distinct from new.first_name or old.last_name is distinct from new.last_name or old.email is distinct from new.email or old.phone is distinct from new.phone or old.company is distinct from new.company or (old.deleted_at is null) <> (new.deleted_at is null)) execute function lead_search_on_update();`);
  }
}
