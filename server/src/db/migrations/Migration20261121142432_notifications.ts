import { Migration } from '@mikro-orm/migrations';

export class Migration20261121142432_notifications extends Migration {

  override name = 'Migration20261121142432_notifications';

  override up(): void | Promise<void> {
    this.addSql(`create type "notification_type" as enum ('LEAD_ASSIGNED', 'LEAD_QUEUED', 'SLA_BREACHED');`);
    this.addSql(`create table "notification" ("id" uuid not null, "organization_id" uuid not null, "user_id" uuid not null, "type" "notification_type" not null, "title" text not null, "body" text not null, "lead_id" uuid null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);

    this.addSql(`alter table "team" add "slack_webhook_url" text null;`);

    this.addSql(`alter table "notification" add constraint "notification_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`alter table "team" drop column "slack_webhook_url";`);

    this.addSql(`drop type "notification_type";`);
  }

}
