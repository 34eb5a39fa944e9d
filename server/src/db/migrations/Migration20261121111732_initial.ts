import { Migration } from '@mikro-orm/migrations';

export class Migration20261121111732_initial extends Migration {

  override name = 'Migration20261121111732_initial';

  override up(): void | Promise<void> {
    // Trigram indexes back the typo-tolerant lead search.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "user_role" as enum ('OWNER', 'ADMIN', 'MANAGER', 'MEMBER', 'VIEWER');`);
    this.addSql(`create type "team_type" as enum ('SALES_DEVELOPMENT', 'INSIDE_SALES', 'FIELD_SALES', 'ACCOUNT_MANAGEMENT', 'OTHER');`);
    this.addSql(`create type "lead_status" as enum ('NEW', 'CONTACTED', 'QUALIFIED', 'LOST', 'CONVERTED');`);
    this.addSql(`create type "contact_method" as enum ('EMAIL', 'PHONE', 'SMS', 'ANY');`);
    this.addSql(`create table "organization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" text not null, "slug" text not null, primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "email" text not null, "name" text not null, "role" "user_role" not null default 'MEMBER', "password_hash" text not null, "active" boolean not null default true, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_email_unique" unique ("organization_id", "email");`);

    this.addSql(`create table "team" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" text not null, "type" "team_type" not null default 'INSIDE_SALES', "manager_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "team" add constraint "team_organization_id_name_unique" unique ("organization_id", "name");`);

    this.addSql(`create table "team_member" ("team_id" uuid not null, "user_id" uuid not null, primary key ("team_id", "user_id"));`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "user_id" uuid not null, "family_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);

    this.addSql(`create table "lead" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "first_name" text null, "last_name" text null, "email" text null, "phone" text null, "job_title" text null, "company" text null, "industry" text null, "company_size" text null, "employees" int null, "annual_revenue" double precision null, "website" text null, "street" text null, "city" text null, "state" text null, "postal_code" text null, "country" text null, "source" text null, "campaign" text null, "utm_source" text null, "utm_medium" text null, "utm_campaign" text null, "utm_term" text null, "utm_content" text null, "status" "lead_status" not null default 'NEW', "lost_reason" text null, "score" smallint not null default 0, "grade" char(1) null, "tags" text[] not null default '{}', "email_opens" int not null default 0, "email_clicks" int not null default 0, "website_visits" int not null default 0, "form_submissions" int not null default 0, "last_engagement_at" timestamptz null, "do_not_call" boolean not null default false, "do_not_email" boolean not null default false, "preferred_contact_method" "contact_method" null, "consent_given" boolean not null default false, "consent_at" timestamptz null, "consent_source" text null, "custom_fields" jsonb not null default '{}', "assigned_to_id" uuid null, "created_by_id" uuid null, "deleted_at" timestamptz null, "search_text" text generated always as (lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(company, ''))) stored null, primary key ("id"));`);
    this.addSql(`create index lead_search_trgm_idx on lead using gin (search_text gin_trgm_ops) where deleted_at is null;`);
    this.addSql(`create index lead_tags_idx on lead using gin (tags) where deleted_at is null;`);
    this.addSql(`create index lead_org_email_idx on lead (organization_id, email) where deleted_at is null;`);
    this.addSql(`create index lead_org_campaign_idx on lead (organization_id, campaign) where deleted_at is null;`);
    this.addSql(`create index lead_org_source_idx on lead (organization_id, source) where deleted_at is null;`);
    this.addSql(`create index lead_org_assignee_idx on lead (organization_id, assigned_to_id) where deleted_at is null;`);
    this.addSql(`create index lead_org_status_idx on lead (organization_id, status) where deleted_at is null;`);
    this.addSql(`create index lead_org_score_idx on lead (organization_id, score desc, id desc) where deleted_at is null;`);
    this.addSql(`create index lead_org_created_idx on lead (organization_id, created_at desc, id desc) where deleted_at is null;`);

    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "team" add constraint "team_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "team" add constraint "team_manager_id_foreign" foreign key ("manager_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_member" add constraint "team_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "lead" add constraint "lead_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "lead" add constraint "lead_assigned_to_id_foreign" foreign key ("assigned_to_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "lead" add constraint "lead_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);
    this.addSql(`alter table "team" drop constraint "team_organization_id_foreign";`);
    this.addSql(`alter table "lead" drop constraint "lead_organization_id_foreign";`);
    this.addSql(`alter table "team" drop constraint "team_manager_id_foreign";`);
    this.addSql(`alter table "team_member" drop constraint "team_member_user_id_foreign";`);
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_user_id_foreign";`);
    this.addSql(`alter table "lead" drop constraint "lead_assigned_to_id_foreign";`);
    this.addSql(`alter table "lead" drop constraint "lead_created_by_id_foreign";`);
    this.addSql(`alter table "team_member" drop constraint "team_member_team_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "team" cascade;`);
    this.addSql(`drop table if exists "team_member" cascade;`);
    this.addSql(`drop table if exists "refresh_token" cascade;`);
    this.addSql(`drop table if exists "lead" cascade;`);

    this.addSql(`drop type "user_role";`);
    this.addSql(`drop type "team_type";`);
    this.addSql(`drop type "lead_status";`);
    this.addSql(`drop type "contact_method";`);
  }

}
