import { Migration } from "@mikro-orm/migrations";

// What search and the duplicate check read of a lead, as the generated columns computed it before.
const SEARCH_TEXT = `lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(company, ''))`;
const SEARCH_WORDS = `array_remove(regexp_split_to_array(${SEARCH_TEXT}, '[^[:alnum:]]+'), '')`;
const DEDUP_NAME = `case when last_name is not null and (first_name is not null or company is not null)
  then lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company, '')) end`;
const COLUMNS = `lead_id, organization_id, search_text, search_words, dedup_name`;
const VALUES = `id, organization_id, ${SEARCH_TEXT}, ${SEARCH_WORDS}, ${DEDUP_NAME}`;

/** The trigger function keeping a changed lead's `lead_search` row; `alsoSet` adds to the upsert's SET. */
export const leadSearchOnUpdate = (alsoSet: string) => `lead_search_on_update() returns trigger language plpgsql as $$
      begin
        if new.deleted_at is not null then
          delete from lead_search where lead_id = new.id;
        else
          insert into lead_search (${COLUMNS}) select ${VALUES} from (select new.*) as changed
          on conflict (lead_id) do update set search_text = excluded.search_text,
            search_words = excluded.search_words, dedup_name = excluded.dedup_name${alsoSet};
        end if;
        return null;
      end $$;`;

/**
 * Moves the search and duplicate-check columns (and their trigram GIN indexes) off `lead` into
 * `lead_search`, kept by triggers, so that writes to a lead that leave its name, email and company alone
 * (scores, status, owner, counters) no longer update GIN indexes; the lexicon trigger moves with them.
 */
export class Migration20261121200000_lead_search extends Migration {
  override name = "Migration20261121200000_lead_search";

  override up(): void | Promise<void> {
    this.addSql(`create table "lead_search" ("lead_id" uuid not null, "organization_id" uuid not null, "search_text" text not null, "search_words" text[] not null, "dedup_name" text null, primary key ("lead_id"));`);
    this.addSql(`alter table "lead_search" add constraint "lead_search_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into lead_search (${COLUMNS}) select ${VALUES} from lead where deleted_at is null;`);

    this.addSql(`drop trigger if exists lead_search_word_on_insert on lead;`);
    this.addSql(`drop trigger if exists lead_search_word_on_update on lead;`);
    this.addSql(`alter table lead drop column search_text, drop column search_words, drop column dedup_name;`);

    this.addSql(`create index lead_search_trgm_idx on lead_search using gin (search_text gin_trgm_ops);`);
    this.addSql(`create index lead_search_words_idx on lead_search using gin (search_words);`);
    this.addSql(`create index lead_dedup_name_trgm_idx on lead_search using gin (dedup_name gin_trgm_ops) with (fastupdate = on, gin_pending_list_limit = 256) where dedup_name is not null;`);
    this.addSql(`create trigger lead_search_word_on_insert after insert on lead_search referencing new table as changed_leads for each statement execute function lead_search_word_collect();`);
    this.addSql(`create trigger lead_search_word_on_update after update on lead_search referencing new table as changed_leads for each statement execute function lead_search_word_collect();`);

    this.addSql(`create function lead_search_on_insert() returns trigger language plpgsql as $$
      begin
        insert into lead_search (${COLUMNS}) select ${VALUES} from new_leads where deleted_at is null;
        return null;
      end $$;`);
    // A deleted lead leaves search; a restored one (undoMerge) comes back.
    this.addSql(`create function ${leadSearchOnUpdate("")}`);
    this.addSql(`create trigger lead_search_on_insert after insert on lead referencing new table as new_leads for each statement execute function lead_search_on_insert();`);
    this.addSql(`create trigger lead_search_on_update after update of first_name, last_name, email, company, deleted_at on lead for each row when (old.first_name is distinct from new.first_name or old.last_name is distinct from new.last_name or old.email is distinct from new.email or old.company is distinct from new.company or (old.deleted_at is null) <> (new.deleted_at is null)) execute function lead_search_on_update();`);
  }
}
