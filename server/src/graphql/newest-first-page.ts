import type { EntityClass, FilterObject, FilterQuery } from "@mikro-orm/core";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../db/orm.js";
import { checkPageSize, decodeCursor, encodeCursor, toConnection, type Connection } from "./connection.js";
import { requireViewer, type Context } from "./context.js";
import type { PageArgs } from "./offset-page.js";

const isIdCursor = (value: unknown): value is string => typeof value === "string" && isUuid(value);

/**
 * A page of records newest first, by keyset on their UUIDv7 id (time-ordered): stable while records
 * are added, one index range per page. `where` must already scope to the viewer's organisation.
 */
export async function newestFirstPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
): Promise<Connection<T>> {
  const first = checkPageSize(args.first);
  const after = args.after ? decodeCursor(args.after, isIdCursor) : undefined;
  const [rows, total] = await Promise.all([
    em.find(entity, (after ? { $and: [where, { id: { $lt: after } }] } : where) as FilterQuery<T>, {
      orderBy: { id: "desc" } as never,
      limit: first + 1,
    }),
    em.count(entity, where),
  ]);
  return toConnection(rows as T[], first, total, (row) => encodeCursor(row.id), after !== undefined);
}

/** `newestFirstPage` over the viewer's organisation's records; `where` narrows further (to live ones, say). */
export function newestFirstPageInOrganization<T extends { id: string }>(
  context: Context,
  entity: EntityClass<T>,
  args: PageArgs,
  where: FilterObject<T> = {},
): Promise<Connection<T>> {
  const scoped = { organization: requireViewer(context).organizationId, ...where } as FilterQuery<T>;
  return newestFirstPage(context.em, entity, scoped, args);
}
