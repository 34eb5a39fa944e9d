import { sql } from "kysely";
import { validate as isUuid } from "uuid";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
} from "../../graphql/connection.js";
import type { EntityManager } from "../../db/orm.js";
import type { TimelineArgs } from "./activity.types.js";
import { LeadActivity } from "./lead-activity.entity.js";

interface TimelinePosition {
  at: string;
  id: string;
}

const isPosition = (value: unknown): value is TimelinePosition => {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.at === "string" &&
    !Number.isNaN(Date.parse(v.at)) &&
    typeof v.id === "string" &&
    isUuid(v.id)
  );
};

/**
 * A lead's timeline, newest first, paged by keyset on (occurred_at, id): every page, however deep, reads
 * only its own rows from lead_activity_timeline_idx. The count runs only when asked for.
 */
export async function fetchTimeline(
  em: EntityManager,
  organizationId: string,
  leadId: string,
  args: TimelineArgs,
  withTotalCount: boolean,
): Promise<Connection<LeadActivity>> {
  const first = checkPageSize(args.first);
  const after = args.after ? decodeCursor(args.after, isPosition) : undefined;
  const where = [sql`a.lead_id = ${leadId}`, sql`a.organization_id = ${organizationId}`];
  const filter = args.filter ?? {};
  if (filter.types?.length) where.push(sql`a.type = any(${filter.types}::activity_type[])`);
  if (filter.from) where.push(sql`a.occurred_at >= ${filter.from}`);
  if (filter.to) where.push(sql`a.occurred_at < ${filter.to}`);
  const page = after
    ? [...where, sql`(a.occurred_at, a.id) < (${after.at}::timestamptz, ${after.id}::uuid)`]
    : where;
  const db = em.getKysely();
  const [rows, count] = await Promise.all([
    sql<Record<string, unknown>>`select a.* from lead_activity a where ${sql.join(page, sql` and `)}
      order by a.occurred_at desc, a.id desc limit ${first + 1}`.execute(db),
    withTotalCount
      ? sql<{
          total: number;
        }>`select count(*)::int as total from lead_activity a where ${sql.join(where, sql` and `)}`.execute(
          db,
        )
      : undefined,
  ]);
  const activities = rows.rows.map((row) => em.map(LeadActivity, row));
  return toConnection(
    activities,
    first,
    count?.rows[0]?.total ?? 0,
    (activity) => encodeCursor({ at: activity.occurredAt.toISOString(), id: activity.id }),
    after !== undefined,
  );
}
