import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";

/** Whole `lead` rows as JSON. */
export async function snapshotLeads(
  em: EntityManager,
  organizationId: string,
  ids: string[],
): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<{ row: Record<string, unknown> }>`
    select to_jsonb(l) as row from lead l
    where organization_id = ${organizationId} and id = any(${ids}::uuid[])`.execute(em.getKysely());
  const byId = new Map(rows.map(({ row }) => [row.id as string, row]));
  return ids.map((id) => byId.get(id)!);
}

/**
 * Writes snapshot rows back over the current ones, column for column (every stored column, read from
 * the catalogue, so columns added later are restored too).
 */
export async function restoreLeads(
  em: EntityManager,
  organizationId: string,
  snapshot: Record<string, unknown>[],
): Promise<void> {
  const db = em.getKysely();
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = 'lead' and is_generated = 'NEVER'
      and column_name not in ('id', 'organization_id')
    order by ordinal_position`.execute(db);
  const columns = sql.join(rows.map((row) => sql.ref(row.column_name)));
  for (const row of snapshot) {
    await sql`
      update lead set (${columns}) = (select ${columns} from jsonb_populate_record(null::lead, ${JSON.stringify(row)}::jsonb))
      where id = ${row.id as string} and organization_id = ${organizationId}`.execute(db);
  }
}
