import { Entity, Index, ManyToOne, PrimaryKey } from "@mikro-orm/decorators/legacy";
import { Organization } from "../organizations/organization.entity.js";

/**
 * The lexicon of an organisation's lead search: every distinct word of its leads' names, emails and
 * companies, kept by a database trigger on `lead`. Fuzzy search looks typos up here (a small table)
 * and then finds leads by exact words through `lead.search_words`, instead of comparing every lead.
 * Words of deleted or edited leads stay; they only cost a lookup that finds no lead.
 */
@Entity({ tableName: "lead_search_word" })
@Index({
  name: "lead_search_word_trgm_idx",
  expression: "create index lead_search_word_trgm_idx on lead_search_word using gin (word gin_trgm_ops)",
})
export class LeadSearchWord {
  @ManyToOne(() => Organization, { primary: true, deleteRule: "cascade" })
  organization!: Organization;

  @PrimaryKey({ type: "text" })
  word!: string;
}
