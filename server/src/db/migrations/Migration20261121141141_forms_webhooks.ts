import { Migration } from '@mikro-orm/migrations';

export class Migration20261121141141_forms_webhooks extends Migration {

  override name = 'Migration20261121141141_forms_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "lead_form" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "campaign_id" uuid not null, "name" text not null, "fields" jsonb not null, "thank_you_url" text not null, "honeypot_field" text not null default 'website_url', "min_fill_seconds" smallint not null default 3, "allowed_origins" text[] not null default '{}', primary key ("id"));`);
    this.addSql(`create index "lead_form_organization_id_created_at_index" on "lead_form" ("organization_id", "created_at");`);

    this.addSql(`create table "webhook_source" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "campaign_id" uuid not null, "name" text not null, "key" text not null, "secret" text not null, "verify_token" text null, "field_mapping" jsonb not null default '{}', primary key ("id"));`);
    this.addSql(`alter table "webhook_source" add constraint "webhook_source_key_unique" unique ("key");`);
    this.addSql(`create index "webhook_source_organization_id_created_at_index" on "webhook_source" ("organization_id", "created_at");`);

    this.addSql(`alter table "lead_form" add constraint "lead_form_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_form" add constraint "lead_form_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);

    this.addSql(`alter table "webhook_source" add constraint "webhook_source_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_source" add constraint "webhook_source_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "lead_form" cascade;`);
    this.addSql(`drop table if exists "webhook_source" cascade;`);
  }

}
