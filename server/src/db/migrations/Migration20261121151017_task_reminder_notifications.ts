import { Migration } from '@mikro-orm/migrations';

export class Migration20261121151017_task_reminder_notifications extends Migration {

  override name = 'Migration20261121151017_task_reminder_notifications';

  override up(): void | Promise<void> {
    this.addSql(`alter type "notification_type" add value if not exists 'TASK_REMINDER' after 'SLA_BREACHED';`);
  }

}
