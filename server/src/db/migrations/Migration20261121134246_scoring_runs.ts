import { Migration } from '@mikro-orm/migrations';

export class Migration20261121134246_scoring_runs extends Migration {

  override name = 'Migration20261121134246_scoring_runs';

  override up(): void | Promise<void> {
    this.addSql(`create type "scoring_run_status" as enum ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');`);
    this.addSql(`create table "scoring_run" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "status" "scoring_run_status" not null default 'QUEUED', "reason" "score_change_reason" not null, "filter" jsonb null, "total" int not null default 0, "processed" int not null default 0, "changed" int not null default 0, "requested_by_id" uuid null, "started_at" timestamptz null, "finished_at" timestamptz null, "error" text null, primary key ("id"));`);
    this.addSql(`create index "scoring_run_organization_id_created_at_index" on "scoring_run" ("organization_id", "created_at");`);

    this.addSql(`alter table "scoring_settings" add "decay_points_per_week" smallint not null default 5;`);

    this.addSql(`alter type "score_change_reason" add value if not exists 'SETTINGS_CHANGED' after 'RULES_CHANGED';`);
    this.addSql(`alter type "score_change_reason" add value if not exists 'RESCORED' after 'SETTINGS_CHANGED';`);

    this.addSql(`alter table "scoring_run" add constraint "scoring_run_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "scoring_run" add constraint "scoring_run_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "scoring_run" cascade;`);

    this.addSql(`alter table "scoring_settings" drop column "decay_points_per_week";`);

    this.addSql(`drop type "scoring_run_status";`);
  }

}
