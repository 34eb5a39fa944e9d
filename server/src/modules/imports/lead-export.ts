import type { Writable } from "node:stream";
import { IMPORT_FIELDS } from "@leadline/shared";
import { stringify } from "csv-stringify";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import { MERGE_CHILD_TABLES } from "../dedup/merge-children.js";
import type { LeadFilter } from "../leads/lead.inputs.js";
import { leadFilterConditions } from "../leads/lead-list.query.js";

/** Rows read per keyset page: the export streams in constant memory whatever the filter selects. */
const EXPORT_PAGE = 5_000;

// Every standard field, named as Leadline names it (so an export imports back with no manual mapping),
// then what Leadline computed.
const TEXT_COLUMNS = IMPORT_FIELDS.filter((field) => field !== "tags" && field !== "externalId");
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const EXPORT_HEADER = [
  "id",
  "externalId",
  ...TEXT_COLUMNS,
  "tags",
  "stage",
  "score",
  "grade",
  "owner",
  "customFields",
  "createdAt",
  "updatedAt",
  "firstContactedAt",
  "lastActivityAt",
];

/**
 * Spreadsheets run a cell starting with = + - @ (or tab, CR) as a formula: such cells get a leading
 * apostrophe, which Excel and LibreOffice show as text (OWASP's CSV injection advice).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A cell as text: ISO 8601 dates, `;`-joined lists, JSON objects, formulas neutralised. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return neutralizeFormula(value.join(";"));
  if (typeof value === "object") return Object.keys(value).length === 0 ? "" : JSON.stringify(value);
  return neutralizeFormula(String(value));
}

/** A timestamp column as ISO 8601 UTC text (raw SQL would return PostgreSQL's own text form). */
const iso = (column: string) =>
  sql.raw(`to_char(l.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ${column}`);

/** Writes the leads the filter selects as CSV to `out`, page by page (keyset on id), honouring back-pressure. */
export async function exportLeadsCsv(
  em: EntityManager,
  organizationId: string,
  filter: LeadFilter,
  out: Writable,
  { bom = false }: { bom?: boolean } = {},
): Promise<void> {
  const csv = stringify({ header: true, columns: EXPORT_HEADER, bom });
  csv.pipe(out);
  const where = sql.join(leadFilterConditions(organizationId, filter), sql` and `);
  const columns = sql.raw(
    ["id", "external_id", ...TEXT_COLUMNS.map(snake), "tags"].map((c) => `l.${c}`).join(", "),
  );
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: Record<string, unknown>[] } = await sql<Record<string, unknown>>`
      select ${columns}, s.name as stage, l.score, l.grade, u.email as owner, l.custom_fields,
        ${iso("created_at")}, ${iso("updated_at")}, ${iso("first_contacted_at")}, ${iso("last_activity_at")}
      from lead l
      left join pipeline_stage s on s.id = l.stage_id
      left join app_user u on u.id = l.assigned_to_id
      where ${where} ${after ? sql`and l.id > ${after}::uuid` : sql``}
      order by l.id limit ${EXPORT_PAGE}`.execute(em.getKysely());
    for (const row of rows)
      if (!csv.write(Object.values(row).map(cell)))
        await new Promise((resolve) => csv.once("drain", resolve));
    if (rows.length < EXPORT_PAGE) break;
    after = String(rows.at(-1)!.id);
  }
  csv.end();
  await new Promise((resolve) => out.once("finish", resolve));
}

/** A CSV with every importable column and one example row: fill it in and import it. */
export function importTemplateCsv(): string {
  const example: Record<string, string> = {
    externalId: "CRM-1001",
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@engines.example",
    phone: "+44 20 7946 0958",
    jobTitle: "Director of Engineering",
    company: "Analytical Engines",
    employees: "1,200",
    country: "GB",
    source: "trade-fair",
    status: "NEW",
    tags: "vip;autumn-fair",
    doNotCall: "no",
    doNotEmail: "no",
  };
  const lines = [IMPORT_FIELDS, IMPORT_FIELDS.map((field) => example[field] ?? "")];
  return (
    lines
      .map((line) => line.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(","))
      .join("\r\n") + "\r\n"
  );
}

/**
 * Everything Leadline holds about one lead, for a data-subject request (GDPR art. 15 and 20): the lead
 * and every row that belongs to it (score history, activities, assignments, tasks, notifications, stage
 * history). Null when the lead is not the organisation's.
 */
export async function leadDataExport(
  em: EntityManager,
  organizationId: string,
  leadId: string,
): Promise<Record<string, unknown> | null> {
  const db = em.getKysely();
  const { rows } = await sql<{ lead: Record<string, unknown> }>`
    select to_jsonb(l) as lead
    from lead l where l.id = ${leadId}::uuid and l.organization_id = ${organizationId}`.execute(db);
  if (!rows[0]) return null;
  const related: Record<string, unknown[]> = {};
  for (const { table, leadColumn } of [
    ...MERGE_CHILD_TABLES,
    { table: "lead_stage_change", leadColumn: "lead_id" },
  ]) {
    const { rows: children } = await sql<{ row: unknown }>`
      select to_jsonb(t) as row from ${sql.table(table)} t
      where ${sql.ref(`t.${leadColumn}`)} = ${leadId}::uuid and t.organization_id = ${organizationId}
      order by t.created_at`.execute(db);
    related[table] = children.map((child) => child.row);
  }
  return { exportedAt: new Date().toISOString(), lead: rows[0].lead, ...related };
}
