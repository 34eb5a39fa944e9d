import { Entity, Index, OneToOne, Property, Trigger } from "@mikro-orm/decorators/legacy";
import { Lead } from "./lead.entity.js";

/**
 * What search and the fuzzy duplicate check read of each live lead, kept by triggers on `lead` (see the
 * `lead_search` migration) and never written by the app. A side table so that the lead's own writes
 * (score, status, owner, counters) touch btree indexes only: the trigram GIN indexes here cost about
 * two thirds of a lead write, and only name, email and company changes (or a deletion) reach them.
 */
@Entity({ tableName: "lead_search" })
@Index({
  name: "lead_search_trgm_idx",
  expression: "create index lead_search_trgm_idx on lead_search using gin (search_text gin_trgm_ops)",
})
@Index({
  name: "lead_search_words_idx",
  expression: "create index lead_search_words_idx on lead_search using gin (search_words)",
})
// `dedup_name % $1` at a high threshold is a selective index scan. The fast-update pending list is kept
// small (256 kB): a lookup scans it row by row, and every capture runs the check.
@Index({
  name: "lead_dedup_name_trgm_idx",
  expression:
    "create index lead_dedup_name_trgm_idx on lead_search using gin (dedup_name gin_trgm_ops) with (fastupdate = on, gin_pending_list_limit = 256) where dedup_name is not null",
})
// The leads whose duplicates are still to be looked up (see duplicate-pairs.ts).
@Index({
  name: "lead_search_duplicates_unchecked_idx",
  expression:
    "create index lead_search_duplicates_unchecked_idx on lead_search (organization_id, lead_id) where not duplicates_checked",
})
// Keep the search lexicon (lead_search_word) in step, once per statement; the function is in a migration.
@Trigger({
  name: "lead_search_word_on_insert",
  timing: "after",
  events: ["insert"],
  forEach: "statement",
  expression:
    "create trigger lead_search_word_on_insert after insert on lead_search referencing new table as changed_leads for each statement execute function lead_search_word_collect()",
})
@Trigger({
  name: "lead_search_word_on_update",
  timing: "after",
  events: ["update"],
  forEach: "statement",
  expression:
    "create trigger lead_search_word_on_update after update on lead_search referencing new table as changed_leads for each statement execute function lead_search_word_collect()",
})
export class LeadSearch {
  @OneToOne(() => Lead, { primary: true, deleteRule: "cascade" })
  lead!: Lead;

  // No foreign key: the lead's own cascades it away with its organisation.
  @Property({ type: "uuid" })
  organizationId!: string;

  /** Name, email and company, lower-cased: what `search` matches as a substring. */
  @Property({ type: "text" })
  searchText!: string;

  /** The words of `searchText` (split on anything not a letter or digit), for word-level fuzzy search. */
  @Property({ type: "text[]" })
  searchWords!: string[];

  /**
   * "first last company", lower-cased (the shared `nameKey`), compared by the fuzzy duplicate check;
   * null unless the lead has a last name plus a first name or a company (a last name alone matches too much).
   */
  @Property({ type: "text", nullable: true })
  dedupName!: string | null;

  /** False while the lead's duplicates are still to be looked up: set on insert and on a change of its keys. */
  @Property({ type: "boolean", default: false })
  duplicatesChecked!: boolean;
}
