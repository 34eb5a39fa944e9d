import { Migration } from '@mikro-orm/migrations';

export class Migration20261121162853_territories extends Migration {

  override name = 'Migration20261121162853_territories';

  override up(): void | Promise<void> {
    this.addSql(`create type "territory_distribution" as enum ('ROUND_ROBIN', 'LEAST_LOADED');`);
    this.addSql(`create table "territory" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" text not null, "priority" int not null default 0, "active" boolean not null default true, "criteria" jsonb not null, "criteria_match" "condition_match" not null default 'ALL', "team_id" uuid null, "user_id" uuid null, "distribution" "territory_distribution" not null default 'ROUND_ROBIN', "turn" bigint not null default '0', primary key ("id"));`);
    this.addSql(`create index "territory_organization_id_priority_index" on "territory" ("organization_id", "priority");`);

    this.addSql(`alter table "territory" add constraint "territory_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "territory" add constraint "territory_team_id_foreign" foreign key ("team_id") references "team" ("id") on delete cascade;`);
    this.addSql(`alter table "territory" add constraint "territory_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "territory" cascade;`);

    this.addSql(`drop type "territory_distribution";`);
  }

}
