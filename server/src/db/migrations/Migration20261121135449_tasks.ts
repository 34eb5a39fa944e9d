import { Migration } from '@mikro-orm/migrations';

export class Migration20261121135449_tasks extends Migration {

  override name = 'Migration20261121135449_tasks';

  override up(): void | Promise<void> {
    this.addSql(`create type "task_priority" as enum ('LOW', 'MEDIUM', 'HIGH', 'URGENT');`);
    this.addSql(`create type "task_type" as enum ('FOLLOW_UP', 'CALL', 'EMAIL', 'MEETING', 'DEMO', 'OTHER');`);
    this.addSql(`create type "task_status" as enum ('OPEN', 'DONE', 'CANCELLED');`);
    this.addSql(`create table "task" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "lead_id" uuid null, "assignee_id" uuid not null, "created_by_id" uuid null, "title" text not null, "description" text null, "due_at" timestamptz null, "remind_at" timestamptz null, "reminded_at" timestamptz null, "priority" "task_priority" not null default 'MEDIUM', "type" "task_type" not null default 'FOLLOW_UP', "status" "task_status" not null default 'OPEN', "completed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "task_lead_id_status_index" on "task" ("lead_id", "status");`);
    this.addSql(`create index "task_organization_id_status_due_at_index" on "task" ("organization_id", "status", "due_at");`);
    this.addSql(`create index "task_organization_id_assignee_id_status_due_at_index" on "task" ("organization_id", "assignee_id", "status", "due_at");`);

    this.addSql(`alter table "task" add constraint "task_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop type "task_priority";`);
    this.addSql(`drop type "task_type";`);
    this.addSql(`drop type "task_status";`);
  }

}
