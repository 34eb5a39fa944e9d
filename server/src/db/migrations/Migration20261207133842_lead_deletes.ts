import { Migration } from "@mikro-orm/migrations";

/**
 * Deleting leads cascades to their notifications and capture log entries once per lead, and neither table had
 * an index on `lead_id`: each cascade was a table scan (2,000 leads with 50,000 notifications: 9.8 s). The
 * duplicate pairs' keys, written by hand in their migration, take the names and rules the entities give them
 * (`migration:create` kept proposing it).
 */
export class Migration20261207133842_lead_deletes extends Migration {
  override name = "Migration20261207133842_lead_deletes";

  override up(): void | Promise<void> {
    this.addSql(`create index "notification_lead_id_index" on "notification" ("lead_id");`);
    this.addSql(`create index "capture_event_lead_id_index" on "capture_event" ("lead_id");`);
    for (const [column, parent] of [
      ["lead_id", "lead"],
      ["duplicate_id", "lead"],
      ["organization_id", "organization"],
    ]) {
      this.addSql(`alter table "lead_duplicate_pair" drop constraint "lead_duplicate_pair_${column}_fkey";`);
      this.addSql(
        `alter table "lead_duplicate_pair" add constraint "lead_duplicate_pair_${column}_foreign" foreign key ("${column}") references "${parent}" ("id")${parent === "lead" ? " on update cascade" : ""} on delete cascade;`,
      );
    }
  }
}
