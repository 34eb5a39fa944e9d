import { Migration } from '@mikro-orm/migrations';

export class Migration20261121133955_dedup extends Migration {

  override name = 'Migration20261121133955_dedup';

  override up(): void | Promise<void> {
    this.addSql(`create type "enrichment_status" as enum ('PENDING', 'ENRICHED', 'NO_DATA');`);
    this.addSql(`create table "lead_merge" ("id" uuid not null, "organization_id" uuid not null, "master_id" uuid not null, "merged_lead_ids" text[] not null, "merged_by_id" uuid null, "snapshot" jsonb not null, "created_at" timestamptz not null default now(), "undoable_until" timestamptz not null, "undone_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "lead_merge_organization_id_created_at_index" on "lead_merge" ("organization_id", "created_at");`);

    this.addSql(`alter table "lead" add "enrichment_status" "enrichment_status" not null default 'PENDING', add "enrichment" jsonb null, add "dedup_name" text generated always as (lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company, ''))) stored null;`);
    this.addSql(`create index lead_dedup_name_trgm_idx on lead using gin (dedup_name gin_trgm_ops) with (fastupdate = off) where deleted_at is null;`);
    this.addSql(`create index lead_org_phone_idx on lead (organization_id, phone) where deleted_at is null;`);

    this.addSql(`alter type "score_change_reason" add value if not exists 'MERGED' after 'OVERRIDE';`);

    this.addSql(`alter table "lead_merge" add constraint "lead_merge_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_merge" add constraint "lead_merge_master_id_foreign" foreign key ("master_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_merge" add constraint "lead_merge_merged_by_id_foreign" foreign key ("merged_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "lead_merge" cascade;`);

    this.addSql(`drop index "lead_dedup_name_trgm_idx";`);
    this.addSql(`drop index "lead_org_phone_idx";`);
    this.addSql(`alter table "lead" drop column "enrichment_status", drop column "enrichment", drop column "dedup_name";`);

    this.addSql(`drop type "enrichment_status";`);
  }

}
