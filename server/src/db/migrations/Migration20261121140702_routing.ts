import { Migration } from '@mikro-orm/migrations';

export class Migration20261121140702_routing extends Migration {

  override name = 'Migration20261121140702_routing';

  override up(): void | Promise<void> {
    this.addSql(`create type "seniority" as enum ('JUNIOR', 'MID', 'SENIOR');`);
    this.addSql(`create type "condition_match" as enum ('ALL', 'ANY');`);
    this.addSql(`create type "routing_strategy" as enum ('ROUND_ROBIN', 'LEAST_LOADED', 'TERRITORY', 'SPECIFIC_USER', 'SCORE_BAND');`);
    this.addSql(`create type "assignment_type" as enum ('MANUAL', 'AUTO_ROUND_ROBIN', 'AUTO_TERRITORY', 'AUTO_WORKLOAD', 'AUTO_SCORE', 'AUTO_SPECIFIC', 'CLAIM', 'ESCALATION');`);
    this.addSql(`create table "sales_profile" ("user_id" uuid not null, "organization_id" uuid not null, "available" boolean not null default true, "max_leads_per_day" int null, "timezone" text not null default 'UTC', "working_hours" jsonb not null default '{"days":[1,2,3,4,5],"start":"09:00","end":"17:00"}', "seniority" "seniority" not null default 'MID', primary key ("user_id"));`);

    this.addSql(`create table "assignment_rule" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" text not null, "priority" int not null default 0, "active" boolean not null default true, "conditions" jsonb not null default '[]', "condition_match" "condition_match" not null default 'ALL', "strategy" "routing_strategy" not null, "team_id" uuid null, "user_id" uuid null, "respect_working_hours" boolean not null default false, "turn" bigint not null default '0', primary key ("id"));`);
    this.addSql(`create index "assignment_rule_organization_id_priority_index" on "assignment_rule" ("organization_id", "priority");`);

    this.addSql(`create table "lead_assignment" ("id" uuid not null, "organization_id" uuid not null, "lead_id" uuid not null, "from_user_id" uuid null, "to_user_id" uuid null, "assigned_by_id" uuid null, "rule_id" uuid null, "type" "assignment_type" not null, "reason" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "lead_assignment_to_user_id_created_at_index" on "lead_assignment" ("to_user_id", "created_at");`);
    this.addSql(`create index "lead_assignment_lead_id_created_at_index" on "lead_assignment" ("lead_id", "created_at");`);

    this.addSql(`alter table "team" add "assignment_enabled" boolean not null default true, add "max_leads_per_member" int null;`);

    this.addSql(`alter table "lead" add "queue_team_id" uuid null;`);
    this.addSql(`alter table "lead" add constraint "lead_queue_team_id_foreign" foreign key ("queue_team_id") references "team" ("id") on delete set null;`);

    this.addSql(`alter table "sales_profile" add constraint "sales_profile_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "sales_profile" add constraint "sales_profile_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "assignment_rule" add constraint "assignment_rule_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "assignment_rule" add constraint "assignment_rule_team_id_foreign" foreign key ("team_id") references "team" ("id") on delete set null;`);
    this.addSql(`alter table "assignment_rule" add constraint "assignment_rule_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "lead_assignment" add constraint "lead_assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_assignment" add constraint "lead_assignment_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_assignment" add constraint "lead_assignment_from_user_id_foreign" foreign key ("from_user_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "lead_assignment" add constraint "lead_assignment_to_user_id_foreign" foreign key ("to_user_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "lead_assignment" add constraint "lead_assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "lead_assignment" add constraint "lead_assignment_rule_id_foreign" foreign key ("rule_id") references "assignment_rule" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lead_assignment" drop constraint "lead_assignment_rule_id_foreign";`);

    this.addSql(`drop table if exists "sales_profile" cascade;`);
    this.addSql(`drop table if exists "assignment_rule" cascade;`);
    this.addSql(`drop table if exists "lead_assignment" cascade;`);

    this.addSql(`alter table "lead" drop constraint "lead_queue_team_id_foreign";`);

    this.addSql(`alter table "lead" drop column "queue_team_id";`);

    this.addSql(`alter table "team" drop column "assignment_enabled", drop column "max_leads_per_member";`);

    this.addSql(`drop type "seniority";`);
    this.addSql(`drop type "condition_match";`);
    this.addSql(`drop type "routing_strategy";`);
    this.addSql(`drop type "assignment_type";`);
  }

}
