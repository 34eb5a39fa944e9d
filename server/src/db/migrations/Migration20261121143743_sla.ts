import { Migration } from '@mikro-orm/migrations';

export class Migration20261121143743_sla extends Migration {

  override name = 'Migration20261121143743_sla';

  override up(): void | Promise<void> {
    this.addSql(`create table "sla_settings" ("organization_id" uuid not null, "grade_aminutes" int not null default 30, "grade_bminutes" int not null default 240, "other_minutes" int not null default 1440, "escalate" boolean not null default false, primary key ("organization_id"));`);

    this.addSql(`alter table "lead" add "first_contacted_at" timestamptz null, add "sla_due_at" timestamptz null, add "sla_breached_at" timestamptz null;`);
    this.addSql(`create index lead_sla_due_idx on lead (sla_due_at) where first_contacted_at is null and sla_breached_at is null and deleted_at is null;`);

    this.addSql(`alter table "sla_settings" add constraint "sla_settings_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sla_settings" cascade;`);

    this.addSql(`drop index "lead_sla_due_idx";`);
    this.addSql(`alter table "lead" drop column "first_contacted_at", drop column "sla_due_at", drop column "sla_breached_at";`);
  }

}
