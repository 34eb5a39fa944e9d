import { Migration } from '@mikro-orm/migrations';

export class Migration20261121163221_capture_admin extends Migration {

  override name = 'Migration20261121163221_capture_admin';

  override up(): void | Promise<void> {
    this.addSql(`alter type "campaign_status" add value if not exists 'ARCHIVED' after 'COMPLETED';`);

    this.addSql(`alter table "lead_form" add "deleted_at" timestamptz null;`);

    this.addSql(`create index "capture_request_created_at_index" on "capture_request" ("created_at");`);

    this.addSql(`alter table "webhook_source" add "active" boolean not null default true, add "deleted_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "capture_request_created_at_index";`);

    this.addSql(`alter table "lead_form" drop column "deleted_at";`);

    this.addSql(`alter table "webhook_source" drop column "active", drop column "deleted_at";`);
  }

}
