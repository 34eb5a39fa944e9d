import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Organization } from "../organizations/organization.entity.js";

/**
 * The lexicon of an organisation's lead search: the distinct words of its leads' names, emails and
 * companies, kept by a database trigger on `lead_search`. Fuzzy search looks typos up here (a small table)
 * and then finds leads by exact words through `lead_search.search_words`, instead of comparing every lead.
 *
 * Deliberately without a unique constraint: concurrent writers would wait on each other's uncommitted
 * words (and deadlock across multi-statement transactions). Two writers adding the same new word at
 * the same moment leave a duplicate row, which lookups group away. Words of deleted or edited leads
 * stay; they only cost a lookup that finds no lead.
 */
@Entity({ tableName: "lead_search_word" })
@Index({ name: "lead_search_word_org_word_idx", properties: ["organization", "word"] })
@Index({
  name: "lead_search_word_trgm_idx",
  expression: "create index lead_search_word_trgm_idx on lead_search_word using gin (word gin_trgm_ops)",
})
export class LeadSearchWord {
  @PrimaryKey({ type: "bigint", autoincrement: true })
  id!: string;

  @ManyToOne(() => Organization, { deleteRule: "cascade" })
  organization!: Organization;

  @Property({ type: "text" })
  word!: string;
}
