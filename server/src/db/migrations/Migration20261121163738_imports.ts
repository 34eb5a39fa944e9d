import { Migration } from '@mikro-orm/migrations';

export class Migration20261121163738_imports extends Migration {

  override name = 'Migration20261121163738_imports';

  override up(): void | Promise<void> {
    this.addSql(`create type "import_job_status" as enum ('UPLOADED', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED', 'UNDONE');`);
    this.addSql(`create type "import_duplicate_policy" as enum ('SKIP', 'UPDATE', 'CREATE');`);
    this.addSql(`create table "import_job" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "created_by_id" uuid null, "file_name" text not null, "file_size" int not null, "file_path" text not null, "encoding" text not null, "delimiter" text not null, "headers" jsonb not null, "status" "import_job_status" not null default 'UPLOADED', "mapping" jsonb null, "duplicate_policy" "import_duplicate_policy" null, "options" jsonb null, "processed" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "skipped" int not null default 0, "failed" int not null default 0, "line_watermark" int not null default 0, "bytes_processed" int not null default 0, "started_at" timestamptz null, "finished_at" timestamptz null, "error" text null, primary key ("id"));`);
    this.addSql(`create index "import_job_organization_id_created_at_index" on "import_job" ("organization_id", "created_at");`);

    this.addSql(`create table "import_row_error" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "job_id" uuid not null, "line" int not null, "field" text not null, "value" text null, "message" text not null, primary key ("id"));`);
    this.addSql(`create index "import_row_error_job_id_line_index" on "import_row_error" ("job_id", "line");`);

    this.addSql(`alter table "lead" add "external_id" text null, add "import_job_id" uuid null;`);
    this.addSql(`alter table "lead" add constraint "lead_import_job_id_foreign" foreign key ("import_job_id") references "import_job" ("id") on delete set null;`);
    this.addSql(`create index lead_import_job_idx on lead (import_job_id) where import_job_id is not null;`);
    this.addSql(`create index lead_org_external_id_idx on lead (organization_id, external_id) where deleted_at is null and external_id is not null;`);

    this.addSql(`alter table "import_job" add constraint "import_job_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "import_job" add constraint "import_job_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "import_row_error" add constraint "import_row_error_job_id_foreign" foreign key ("job_id") references "import_job" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "import_row_error" drop constraint "import_row_error_job_id_foreign";`);
    this.addSql(`alter table "lead" drop constraint "lead_import_job_id_foreign";`);

    this.addSql(`drop table if exists "import_job" cascade;`);
    this.addSql(`drop table if exists "import_row_error" cascade;`);

    this.addSql(`drop index "lead_import_job_idx";`);
    this.addSql(`drop index "lead_org_external_id_idx";`);
    this.addSql(`alter table "lead" drop column "external_id", drop column "import_job_id";`);

    this.addSql(`drop type "import_job_status";`);
    this.addSql(`drop type "import_duplicate_policy";`);
  }

}
