import { Migration } from '@mikro-orm/migrations';

export class Migration20261121122815_scoring extends Migration {

  override name = 'Migration20261121122815_scoring';

  override up(): void | Promise<void> {
    this.addSql(`create type "scoring_category" as enum ('DEMOGRAPHIC', 'FIRMOGRAPHIC', 'BEHAVIORAL', 'ENGAGEMENT', 'CUSTOM');`);
    this.addSql(`create type "scoring_operator" as enum ('EQUALS', 'NOT_EQUALS', 'CONTAINS', 'NOT_CONTAINS', 'STARTS_WITH', 'GREATER_THAN', 'LESS_THAN', 'BETWEEN', 'IN', 'NOT_IN', 'IS_EMPTY', 'IS_NOT_EMPTY');`);
    this.addSql(`create type "score_change_reason" as enum ('CREATED', 'UPDATED', 'RULES_CHANGED', 'DECAY', 'OVERRIDE');`);
    this.addSql(`create table "scoring_rule" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" text not null, "description" text null, "category" "scoring_category" not null, "field" text not null, "operator" "scoring_operator" not null, "value" jsonb null, "points" smallint not null, "priority" int not null default 0, "exclusive_group" text null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "scoring_rule_organization_id_active_index" on "scoring_rule" ("organization_id", "active");`);

    this.addSql(`create table "lead_score" ("id" uuid not null, "organization_id" uuid not null, "lead_id" uuid not null, "score" smallint not null, "previous_score" smallint null, "delta" smallint not null, "grade" char(1) null, "breakdown" jsonb not null, "reason" "score_change_reason" not null, "actor_id" uuid null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "lead_score_lead_id_created_at_index" on "lead_score" ("lead_id", "created_at");`);

    this.addSql(`alter table "lead" add "score_breakdown" jsonb not null default '[]';`);

    this.addSql(`alter table "scoring_rule" add constraint "scoring_rule_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "lead_score" add constraint "lead_score_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_score" add constraint "lead_score_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_score" add constraint "lead_score_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "scoring_rule" cascade;`);
    this.addSql(`drop table if exists "lead_score" cascade;`);

    this.addSql(`alter table "lead" drop column "score_breakdown";`);

    this.addSql(`drop type "scoring_category";`);
    this.addSql(`drop type "scoring_operator";`);
    this.addSql(`drop type "score_change_reason";`);
  }

}
