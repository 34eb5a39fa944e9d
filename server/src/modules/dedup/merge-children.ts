import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";

/** A table whose rows belong to a lead and follow it into the master when leads are merged. */
export interface MergeChildTable {
  table: string;
  /** The column pointing at the lead. */
  leadColumn: string;
}

/**
 * Every table whose rows move to the master on a merge (and back on undo). Extend this list when a
 * table with a lead foreign key lands (activities, assignments, tasks): nothing else in merge or undo
 * needs to change. Each table needs `id` and `organization_id` columns.
 */
export const MERGE_CHILD_TABLES: readonly MergeChildTable[] = [
  { table: "lead_score", leadColumn: "lead_id" },
  { table: "lead_activity", leadColumn: "lead_id" },
  { table: "lead_assignment", leadColumn: "lead_id" },
  { table: "task", leadColumn: "lead_id" },
  { table: "notification", leadColumn: "lead_id" },
];

export type MovedRows = Record<string, { id: string; from: string }[]>;

/** Re-points the duplicates' child rows at the master; returns what moved, for the undo. */
export async function moveChildRows(
  em: EntityManager,
  organizationId: string,
  masterId: string,
  fromLeadIds: string[],
): Promise<MovedRows> {
  const moved: MovedRows = {};
  for (const { table, leadColumn } of MERGE_CHILD_TABLES) {
    const { rows } = await sql<{ id: string; from: string }>`
      with moving as (
        select id, ${sql.ref(leadColumn)} as "from" from ${sql.table(table)}
        where organization_id = ${organizationId} and ${sql.ref(leadColumn)} = any(${fromLeadIds}::uuid[])
        for update)
      update ${sql.table(table)} t set ${sql.ref(leadColumn)} = ${masterId}
      from moving where t.id = moving.id
      returning t.id, moving."from"`.execute(em.getKysely());
    moved[table] = rows;
  }
  return moved;
}

/** Puts moved child rows back on the leads they came from (rows deleted since stay deleted). */
export async function restoreChildRows(
  em: EntityManager,
  organizationId: string,
  moved: MovedRows,
): Promise<void> {
  for (const { table, leadColumn } of MERGE_CHILD_TABLES) {
    const rows = moved[table] ?? [];
    if (rows.length === 0) continue;
    await sql`
      update ${sql.table(table)} t set ${sql.ref(leadColumn)} = back."from"
      from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.from)}::uuid[]) as back(id, "from")
      where t.id = back.id and t.organization_id = ${organizationId}`.execute(em.getKysely());
  }
}
