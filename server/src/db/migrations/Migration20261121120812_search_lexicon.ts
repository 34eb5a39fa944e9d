import { Migration } from '@mikro-orm/migrations';

export class Migration20261121120812_search_lexicon extends Migration {

  override name = 'Migration20261121120812_search_lexicon';

  override up(): void | Promise<void> {
    this.addSql(`create table "lead_search_word" ("id" bigserial primary key, "organization_id" uuid not null, "word" text not null);`);
    this.addSql(`create index lead_search_word_trgm_idx on lead_search_word using gin (word gin_trgm_ops);`);
    this.addSql(`create index "lead_search_word_org_word_idx" on "lead_search_word" ("organization_id", "word");`);

    this.addSql(`alter table "lead" add "search_words" text[] generated always as (array_remove(regexp_split_to_array(lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(company, '')), '[^[:alnum:]]+'), '')) stored null;`);
    this.addSql(`create index lead_search_words_idx on lead using gin (search_words) where deleted_at is null;`);
    // The lexicon follows the leads, once per statement (not per row) so bulk imports pay once. It
    // adds only words not yet visible and never waits on other writers (no unique constraint to wait on).
    this.addSql(`create function lead_search_word_collect() returns trigger language plpgsql as $$
      begin
        insert into lead_search_word (organization_id, word)
          select distinct changed.organization_id, changed.word
          from (select organization_id, unnest(search_words) as word from changed_leads) changed
          -- Only words of letters: tokens with digits (email local parts like kessler83) are unique per lead,
          -- so they would bloat the lexicon without ever helping a typo; searches still find them exactly.
          where changed.word ~ '^[[:alpha:]]{2,}$' and not exists (
            select 1 from lead_search_word known
            where known.organization_id = changed.organization_id and known.word = changed.word);
        return null;
      end $$;`);
    this.addSql(`create trigger lead_search_word_on_update after update on lead referencing new table as changed_leads for each statement execute function lead_search_word_collect();`);
    this.addSql(`create trigger lead_search_word_on_insert after insert on lead referencing new table as changed_leads for each statement execute function lead_search_word_collect();`);

    this.addSql(`alter table "lead_search_word" add constraint "lead_search_word_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`insert into lead_search_word (organization_id, word)
      select distinct organization_id, word from lead, unnest(search_words) as word where word ~ '^[[:alpha:]]{2,}$';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "lead_search_word" cascade;`);

    this.addSql(`drop index "lead_search_words_idx";`);
    this.addSql(`drop trigger if exists "lead_search_word_on_update" on "lead";`);
    this.addSql(`drop trigger if exists "lead_search_word_on_insert" on "lead";`);
    this.addSql(`drop function if exists lead_search_word_collect();`);
    this.addSql(`alter table "lead" drop column "search_words";`);
  }

}
