import { sql, type RawBuilder } from "kysely";
import type { MikroORM } from "../db/orm.js";
import { FLOOR_CONNECTIONS, secondsAtOnce } from "./at-once.js";
import { emit, progress, round } from "./stats.js";

/** The lead columns the bench's file fills, in the order of its first nine columns (c0 to c8). */
export const rawLeadColumns = sql`external_id, first_name, last_name, email, phone, company, job_title, country, source`;
/**
 * A time-ordered id, as the app gives new leads (uuidv7: the milliseconds first): random ids would scatter
 * every insert over the primary key and make the floor dearer than the import it is compared with.
 */
const timeOrderedId = sql`overlay(overlay(md5(random()::text) placing
  lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0') from 1 for 12)
  placing '7' from 13 for 1)::uuid`;

/** The file's rows (those `where` keeps) as the organisation's new leads: id, organisation and the rest. */
export const rawRowsAsLeads = (organizationId: string, where: RawBuilder<unknown> = sql`true`) =>
  sql`select ${timeOrderedId}, ${organizationId}, c0, c1, c2, c3, c4, c5, c6, c7, c8
    from bench_raw_import where ${where}`;
type InParts = (statement: (inPart: RawBuilder<unknown>) => RawBuilder<unknown>) => Promise<number>;

const TARGET_ROWS_PER_SECOND = 20_000;

/**
 * The least an import of the file spends on this machine, next to what the real one spent. The file is
 * already in `bench_raw_import` (the raw COPY; its time is `copySeconds`). Then its rows are written three
 * times, each time split in halves written at once on two connections, with time-ordered ids and nothing
 * validated, deduplicated or scored (each left out step only lowers the floor):
 * (1) into `lead` as it is (its indexes, and the search row each lead gets with its trigram and word
 *     indexes), in the scratch organisation, deleted after;
 * (2) into the slimmest layout the other issues allow: a lead row with only the indexes imports and lists
 *     cannot do without (primary key; organisation with email, phone, external id, score, creation date),
 *     the one trigram index the fuzzy duplicate check needs (its name key), and a narrow score history row
 *     per lead. Its tables start with a copy of every live lead, as `lead` does, and are dropped after;
 * (3) into the same with the two indexes the leads search needs (see slimInsert).
 * The floor is the COPY plus (3): no import that keeps its leads searchable and findable as duplicates
 * can go faster here.
 */
export async function benchImportFloor(
  orm: MikroORM,
  organizationId: string,
  rows: number,
  copySeconds: number,
  importSeconds: number,
): Promise<void> {
  const db = () => orm.em.fork().getKysely();
  /** Runs the statement once per part of the file, all at once, each on its own connection. */
  const inParts: InParts = async (statement) => {
    await sql`checkpoint`.execute(db());
    return secondsAtOnce(
      orm,
      Array.from({ length: FLOOR_CONNECTIONS }, (_, part) =>
        statement(sql`abs(hashtext(c0)) % ${FLOOR_CONNECTIONS} = ${part}`),
      ),
    );
  };

  progress(`import floor: ${rows} rows into lead on ${FLOOR_CONNECTIONS} connections`);
  const leadSeconds = await inParts(
    (inPart) => sql`insert into lead (id, organization_id, ${rawLeadColumns})
      ${rawRowsAsLeads(organizationId, inPart)}`,
  );
  await sql`delete from lead where organization_id = ${organizationId}`.execute(db());

  progress(`import floor: ${rows} rows into the slimmest layout on ${FLOOR_CONNECTIONS} connections`);
  const slimSeconds = await slimInsert(orm, organizationId, inParts, false);
  progress(`import floor: the same with the search indexes`);
  const searchableSeconds = await slimInsert(orm, organizationId, inParts, true);

  const floorSeconds = copySeconds + searchableSeconds;
  emit({
    bench: "import_floor",
    rows,
    connections: FLOOR_CONNECTIONS,
    copy_seconds: round(copySeconds),
    lead_insert_seconds: round(leadSeconds),
    lead_insert_rows_per_second: Math.round(rows / leadSeconds),
    slim_insert_seconds: round(slimSeconds),
    slim_insert_rows_per_second: Math.round(rows / slimSeconds),
    slim_with_search_insert_seconds: round(searchableSeconds),
    floor_seconds: round(floorSeconds),
    floor_rows_per_second: Math.round(rows / floorSeconds),
    import_seconds: round(importSeconds),
    ratio_import_vs_floor: round(floorSeconds / importSeconds, 3),
    target_rows_per_second: TARGET_ROWS_PER_SECOND,
    unit: "rows/s",
  });
}

/**
 * Writes the file's rows into the slimmest layout (see benchImportFloor), with or without the two indexes
 * the leads search needs (a trigram index on the searchable text, for substrings, and one on its words,
 * for typo-tolerant words); the seconds the write took on two connections. The tables are dropped after.
 */
async function slimInsert(
  orm: MikroORM,
  organizationId: string,
  inParts: InParts,
  searchIndexes: boolean,
): Promise<number> {
  const db = () => orm.em.fork().getKysely();
  const searchText = (row: string) =>
    sql.raw(`lower(concat_ws(' ', ${row}.first_name, ${row}.last_name, ${row}.email, ${row}.company))`);
  const words = (text: RawBuilder<unknown>) =>
    sql`array_remove(regexp_split_to_array(${text}, '[^[:alnum:]]+'), '')`;
  await sql`drop table if exists bench_floor_lead, bench_floor_search, bench_floor_history`.execute(db());
  await sql`create table bench_floor_lead as select id, organization_id, ${rawLeadColumns}, score, created_at, deleted_at
    from lead where deleted_at is null`.execute(db());
  await sql`alter table bench_floor_lead add primary key (id),
    alter score set default 0, alter created_at set default now()`.execute(db());
  for (const key of ["email", "phone", "external_id", "score desc, id desc", "created_at desc, id desc"])
    await sql
      .raw(`create index on bench_floor_lead (organization_id, ${key}) where deleted_at is null`)
      .execute(db());
  await sql`create table bench_floor_search as select l.id as lead_id, l.organization_id, s.dedup_name,
      ${searchText("l")} as search_text, ${words(searchText("l"))} as search_words
    from bench_floor_lead l left join lead_search s on s.lead_id = l.id`.execute(db());
  await sql`alter table bench_floor_search add primary key (lead_id)`.execute(db());
  // The settings of the real name-key index (lead_dedup_name_trgm_idx); the search ones are as theirs too.
  await sql`create index on bench_floor_search using gin (dedup_name gin_trgm_ops)
    with (fastupdate = on, gin_pending_list_limit = 256) where dedup_name is not null`.execute(db());
  if (searchIndexes) {
    await sql`create index on bench_floor_search using gin (search_text gin_trgm_ops)`.execute(db());
    await sql`create index on bench_floor_search using gin (search_words)`.execute(db());
  }
  await sql`create table bench_floor_history as select lead_id, score, created_at from lead_score`.execute(
    db(),
  );
  await sql`create index on bench_floor_history (lead_id)`.execute(db());
  await sql`vacuum analyze bench_floor_lead, bench_floor_search, bench_floor_history`.execute(db());
  const written = await inParts(
    (inPart) => sql`with created as (
        insert into bench_floor_lead (id, organization_id, ${rawLeadColumns})
        ${rawRowsAsLeads(organizationId, inPart)}
        returning id, organization_id, first_name, last_name, email, company, score, created_at),
      searchable as (
        insert into bench_floor_search (lead_id, organization_id, dedup_name, search_text, search_words)
        select id, organization_id, lower(concat_ws(' ', first_name, last_name, company)),
          ${searchText("created")}, ${words(searchText("created"))}
        from created)
      insert into bench_floor_history (lead_id, score, created_at) select id, score, created_at from created`,
  );
  await sql`drop table bench_floor_lead, bench_floor_search, bench_floor_history`.execute(db());
  return written;
}
