import { Migration } from '@mikro-orm/migrations';

export class Migration20261121123441_score_override extends Migration {

  override name = 'Migration20261121123441_score_override';

  override up(): void | Promise<void> {
    this.addSql(`alter table "lead" add "computed_score" smallint not null default 0, add "score_override" smallint null, add "score_override_reason" text null;`);

    this.addSql(`alter table "lead_score" add "note" text null;`);
    // Until now every score was computed.
    this.addSql(`update lead set computed_score = score;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lead" drop column "computed_score", drop column "score_override", drop column "score_override_reason";`);

    this.addSql(`alter table "lead_score" drop column "note";`);
  }

}
