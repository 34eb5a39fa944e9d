import { Migration } from '@mikro-orm/migrations';

export class Migration20261121124014_scoring_settings extends Migration {

  override name = 'Migration20261121124014_scoring_settings';

  override up(): void | Promise<void> {
    this.addSql(`create table "scoring_settings" ("organization_id" uuid not null, "grade_a" smallint not null default 80, "grade_b" smallint not null default 60, "grade_c" smallint not null default 40, "category_caps" jsonb not null default '{}', primary key ("organization_id"));`);

    this.addSql(`alter table "scoring_settings" add constraint "scoring_settings_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "scoring_settings" cascade;`);
  }

}
