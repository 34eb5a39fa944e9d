import { Migration } from '@mikro-orm/migrations';

export class Migration20261121134500_pipeline_activities extends Migration {

  override name = 'Migration20261121134500_pipeline_activities';

  override up(): void | Promise<void> {
    this.addSql(`create type "stage_category" as enum ('OPEN', 'WON', 'LOST');`);
    this.addSql(`create type "lost_reason" as enum ('NO_BUDGET', 'NO_AUTHORITY', 'NO_NEED', 'BAD_TIMING', 'UNRESPONSIVE', 'COMPETITOR_CHOSEN', 'OTHER');`);
    this.addSql(`create type "activity_type" as enum ('CALL', 'EMAIL', 'MEETING', 'NOTE', 'SMS', 'TASK', 'STATUS_CHANGE', 'ASSIGNMENT_CHANGE', 'SCORE_CHANGE', 'FIELD_UPDATE', 'FORM_SUBMITTED', 'EMAIL_OPENED', 'EMAIL_CLICKED', 'WEBSITE_VISIT');`);
    this.addSql(`create table "pipeline_stage" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" text not null, "color" text not null, "position" smallint not null, "category" "stage_category" not null, "status" "lead_status" not null, "retired_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "pipeline_stage_organization_id_position_index" on "pipeline_stage" ("organization_id", "position");`);

    this.addSql(`create table "lead_stage_change" ("id" uuid not null, "organization_id" uuid not null, "lead_id" uuid not null, "stage_id" uuid not null, "from_stage_id" uuid null, "entered_at" timestamptz not null, "left_at" timestamptz null, "actor_id" uuid null, "lost_reason" "lost_reason" null, "note" text null, "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "lead_stage_change_organization_id_left_at_index" on "lead_stage_change" ("organization_id", "left_at");`);
    this.addSql(`create index "lead_stage_change_organization_id_entered_at_index" on "lead_stage_change" ("organization_id", "entered_at");`);
    this.addSql(`create index "lead_stage_change_lead_id_entered_at_index" on "lead_stage_change" ("lead_id", "entered_at");`);

    this.addSql(`create table "lead_activity" ("id" uuid not null, "organization_id" uuid not null, "lead_id" uuid not null, "type" "activity_type" not null, "subject" text null, "body" text null, "outcome" text null, "duration_seconds" int null, "occurred_at" timestamptz not null, "actor_id" uuid null, "metadata" jsonb not null default '{}', "created_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index lead_activity_timeline_idx on lead_activity (lead_id, occurred_at desc, id desc);`);

    this.addSql(`alter table "lead" add "lost_reason_code" "lost_reason" null, add "stage_id" uuid null, add "stage_entered_at" timestamptz null, add "deal_value" double precision null, add "last_activity_at" timestamptz null, add "activities_count" int not null default 0;`);
    this.addSql(`alter table "lead" add constraint "lead_stage_id_foreign" foreign key ("stage_id") references "pipeline_stage" ("id") on delete no action;`);
    this.addSql(`create index lead_org_last_activity_idx on lead (organization_id, (coalesce(last_activity_at, created_at))) where deleted_at is null;`);
    this.addSql(`create index lead_org_stage_score_idx on lead (organization_id, stage_id, score desc, id desc) where deleted_at is null;`);

    this.addSql(`alter type "score_change_reason" add value if not exists 'ACTIVITY' after 'OVERRIDE';`);

    this.addSql(`alter table "pipeline_stage" add constraint "pipeline_stage_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "lead_stage_change" add constraint "lead_stage_change_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_stage_change" add constraint "lead_stage_change_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_stage_change" add constraint "lead_stage_change_stage_id_foreign" foreign key ("stage_id") references "pipeline_stage" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_stage_change" add constraint "lead_stage_change_from_stage_id_foreign" foreign key ("from_stage_id") references "pipeline_stage" ("id") on delete set null;`);
    this.addSql(`alter table "lead_stage_change" add constraint "lead_stage_change_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "lead_activity" add constraint "lead_activity_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_activity" add constraint "lead_activity_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_activity" add constraint "lead_activity_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);

    // Every existing organisation gets the default stages, and every lead the stage of its status.
    this.addSql(`insert into pipeline_stage (id, organization_id, name, color, position, category, status)
      select gen_random_uuid(), o.id, d.name, d.color, d.position, d.category::stage_category, d.status::lead_status
      from organization o cross join (values
        ('New', '#64748b', 0, 'OPEN', 'NEW'), ('Contacted', '#0ea5e9', 1, 'OPEN', 'CONTACTED'),
        ('Qualified', '#8b5cf6', 2, 'OPEN', 'QUALIFIED'), ('Converted', '#16a34a', 3, 'WON', 'CONVERTED'),
        ('Lost', '#dc2626', 4, 'LOST', 'LOST')) as d(name, color, position, category, status);`);
    this.addSql(`update lead l set stage_id = s.id, stage_entered_at = l.updated_at
      from pipeline_stage s where s.organization_id = l.organization_id and s.status = l.status;`);
    this.addSql(`insert into lead_stage_change (id, organization_id, lead_id, stage_id, entered_at, actor_id)
      select gen_random_uuid(), organization_id, id, stage_id, stage_entered_at, created_by_id
      from lead where stage_id is not null;`);

    // Stage and status agree on every write: a stage set alone sets the status, a status set alone
    // moves the lead to the first live stage of that status, and the time it entered follows.
    this.addSql(`create function lead_stage_sync() returns trigger language plpgsql as $$
      declare
        stage_status lead_status;
      begin
        if new.stage_id is not null then
          select status into stage_status from pipeline_stage where id = new.stage_id;
        end if;
        if new.stage_id is null or stage_status is distinct from new.status then
          if tg_op = 'UPDATE' and new.stage_id is not null and new.stage_id is distinct from old.stage_id
             and new.status is not distinct from old.status then
            new.status := stage_status;
          else
            new.stage_id := (select id from pipeline_stage
              where organization_id = new.organization_id and status = new.status and retired_at is null
              order by position, id limit 1);
          end if;
        end if;
        if tg_op = 'INSERT' then
          new.stage_entered_at := coalesce(new.stage_entered_at, new.created_at, now());
        elsif new.stage_id is distinct from old.stage_id
              and new.stage_entered_at is not distinct from old.stage_entered_at then
          new.stage_entered_at := now();
        end if;
        return new;
      end $$;`);
    // A lead's first stay starts when it is created, whatever way it came in (API, import, capture).
    this.addSql(`create function lead_stage_change_on_insert() returns trigger language plpgsql as $$
      begin
        insert into lead_stage_change (id, organization_id, lead_id, stage_id, entered_at, actor_id)
          select gen_random_uuid(), organization_id, id, stage_id, stage_entered_at, created_by_id
          from new_leads where stage_id is not null;
        return null;
      end $$;`);
    this.addSql(`create trigger lead_stage_change_on_insert after insert on lead referencing new table as new_leads for each statement execute function lead_stage_change_on_insert();`);
    this.addSql(`create trigger lead_stage_sync before insert or update of status, stage_id on lead for each row execute function lead_stage_sync();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lead" drop constraint "lead_stage_id_foreign";`);
    this.addSql(`alter table "lead_stage_change" drop constraint "lead_stage_change_stage_id_foreign";`);
    this.addSql(`alter table "lead_stage_change" drop constraint "lead_stage_change_from_stage_id_foreign";`);

    this.addSql(`drop table if exists "pipeline_stage" cascade;`);
    this.addSql(`drop table if exists "lead_stage_change" cascade;`);
    this.addSql(`drop table if exists "lead_activity" cascade;`);

    this.addSql(`drop index "lead_org_last_activity_idx";`);
    this.addSql(`drop index "lead_org_stage_score_idx";`);
    this.addSql(`drop trigger if exists "lead_stage_change_on_insert" on "lead";`);
    this.addSql(`drop function if exists lead_stage_change_on_insert();`);
    this.addSql(`drop trigger if exists "lead_stage_sync" on "lead";`);
    this.addSql(`drop function if exists lead_stage_sync();`);
    this.addSql(`alter table "lead" drop column "lost_reason_code", drop column "stage_id", drop column "stage_entered_at", drop column "deal_value", drop column "last_activity_at", drop column "activities_count";`);

    this.addSql(`drop type "stage_category";`);
    this.addSql(`drop type "lost_reason";`);
    this.addSql(`drop type "activity_type";`);
  }

}
