import { Migration } from '@mikro-orm/migrations';

export class Migration20261121123739_qualification extends Migration {

  override name = 'Migration20261121123739_qualification';

  override up(): void | Promise<void> {
    this.addSql(`create type "qualification_stage" as enum ('MQL', 'SQL', 'HOT');`);
    this.addSql(`create table "qualification_criteria" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "stage" "qualification_stage" not null, "min_score" smallint not null, "required_fields" text[] not null, "required_activity_types" text[] not null, "within_days" smallint null, primary key ("id"));`);
    this.addSql(`alter table "qualification_criteria" add constraint "qualification_criteria_organization_id_stage_unique" unique ("organization_id", "stage");`);

    this.addSql(`alter table "qualification_criteria" add constraint "qualification_criteria_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "qualification_criteria" cascade;`);

    this.addSql(`drop type "qualification_stage";`);
  }

}
