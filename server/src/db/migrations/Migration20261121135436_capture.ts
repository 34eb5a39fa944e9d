import { Migration } from '@mikro-orm/migrations';

export class Migration20261121135436_capture extends Migration {

  override name = 'Migration20261121135436_capture';

  override up(): void | Promise<void> {
    this.addSql(`create type "campaign_type" as enum ('WEB', 'PAID_SEARCH', 'SOCIAL', 'EMAIL', 'EVENT', 'REFERRAL', 'OTHER');`);
    this.addSql(`create type "campaign_status" as enum ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED');`);
    this.addSql(`create type "capture_channel" as enum ('API', 'FORM', 'WEBHOOK');`);
    this.addSql(`create type "capture_outcome" as enum ('ACCEPTED', 'DUPLICATE', 'REJECTED', 'DROPPED', 'PENDING');`);
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`create table "campaign" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" text not null, "type" "campaign_type" not null default 'WEB', "status" "campaign_status" not null default 'DRAFT', "start_date" date null, "end_date" date null, "budget" double precision null, "target_leads" int null, "landing_page_url" text null, "auto_assign_to_id" uuid null, "notification_emails" text[] not null default '{}', "allowed_origins" text[] not null default '{}', "public_token" text not null, "previous_token" text null, "previous_token_expires_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "campaign" add constraint "campaign_public_token_unique" unique ("public_token");`);
    this.addSql(`create index "campaign_previous_token_index" on "campaign" ("previous_token");`);
    this.addSql(`create index "campaign_organization_id_created_at_index" on "campaign" ("organization_id", "created_at");`);

    this.addSql(`create table "capture_request" ("id" uuid not null, "campaign_id" uuid not null, "key" text not null, "request_hash" text not null, "status_code" smallint null, "response" jsonb null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "capture_request" add constraint "capture_request_campaign_id_key_unique" unique ("campaign_id", "key");`);

    this.addSql(`create table "capture_event" ("id" uuid not null, "organization_id" uuid not null, "campaign_id" uuid null, "channel" "capture_channel" not null, "outcome" "capture_outcome" not null, "reason" text null, "source_key" text null, "lead_id" uuid null, "payload" jsonb null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "capture_event_organization_id_created_at_index" on "capture_event" ("organization_id", "created_at");`);

    this.addSql(`alter table "lead" add "source_campaign_id" uuid null;`);
    this.addSql(`alter table "lead" add constraint "lead_source_campaign_id_foreign" foreign key ("source_campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`create index lead_source_campaign_idx on lead (source_campaign_id, created_at) where deleted_at is null;`);

    this.addSql(`alter table "campaign" add constraint "campaign_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "campaign" add constraint "campaign_auto_assign_to_id_foreign" foreign key ("auto_assign_to_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "capture_request" add constraint "capture_request_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete cascade;`);

    this.addSql(`alter table "capture_event" add constraint "capture_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "capture_event" add constraint "capture_event_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on delete set null;`);
    this.addSql(`alter table "capture_event" add constraint "capture_event_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lead" drop constraint "lead_source_campaign_id_foreign";`);
    this.addSql(`alter table "capture_request" drop constraint "capture_request_campaign_id_foreign";`);
    this.addSql(`alter table "capture_event" drop constraint "capture_event_campaign_id_foreign";`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);
    this.addSql(`drop table if exists "campaign" cascade;`);
    this.addSql(`drop table if exists "capture_request" cascade;`);
    this.addSql(`drop table if exists "capture_event" cascade;`);

    this.addSql(`drop index "lead_source_campaign_idx";`);
    this.addSql(`alter table "lead" drop column "source_campaign_id";`);

    this.addSql(`drop type "campaign_type";`);
    this.addSql(`drop type "campaign_status";`);
    this.addSql(`drop type "capture_channel";`);
    this.addSql(`drop type "capture_outcome";`);
  }

}
