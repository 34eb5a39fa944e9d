import { Migration } from '@mikro-orm/migrations';

/**
 * pg_trgm declares its similarity operators as nearly free, so on small and mid-sized tables the planner
 * prefers a sequential scan that computes similarity on every row (91 ms instead of 0.8 ms at 5,000 leads).
 * A realistic cost makes it use the trigram index. Only the extension's owner may change this: where the
 * database user may not, the search still works, only slower on small tables.
 */
export class Migration20261121120000_trigram_costs extends Migration {
  override up(): void {
    this.addSql(`do $$
      begin
        alter function word_similarity_op(text, text) cost 100;
        alter function word_similarity_commutator_op(text, text) cost 100;
        alter function similarity_op(text, text) cost 100;
      exception when insufficient_privilege then
        raise notice 'pg_trgm operator costs left as they are (not the extension owner)';
      end $$;`);
  }

  override down(): void {
    this.addSql(`do $$
      begin
        alter function word_similarity_op(text, text) cost 1;
        alter function word_similarity_commutator_op(text, text) cost 1;
        alter function similarity_op(text, text) cost 1;
      exception when insufficient_privilege then null;
      end $$;`);
  }
}
