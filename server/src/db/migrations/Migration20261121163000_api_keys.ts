import { Migration } from '@mikro-orm/migrations';

export class Migration20261121163000_api_keys extends Migration {

  override name = 'Migration20261121163000_api_keys';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" text not null, "role" "user_role" not null, "hint" text not null, "hash" text not null, "created_by_id" uuid not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "last_used_ip" text null, primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);
    this.addSql(`create index "api_key_organization_id_created_at_index" on "api_key" ("organization_id", "created_at");`);

    this.addSql(`alter table "organization" add "api_requests_per_hour" int null;`);

    this.addSql(`alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`alter table "organization" drop column "api_requests_per_hour";`);
  }

}
