import type { EntityClass, FilterQuery, OrderDefinition } from "@mikro-orm/core";
import { Field, Int, ArgsType } from "type-graphql";
import type { EntityManager } from "../db/orm.js";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  toConnection,
  type Connection,
} from "./connection.js";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 100, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  first: number = 100;

  @Field(() => String, { nullable: true, description: "Cursor of the last record already read." })
  after?: string | null;
}

const isOffset = (value: unknown): value is { o: number } =>
  typeof value === "object" &&
  value !== null &&
  Number.isInteger((value as { o: unknown }).o) &&
  (value as { o: number }).o >= 0;

/**
 * A page of a small, stable list (users, teams) addressed by position. Large, changing lists (leads)
 * use keyset cursors instead.
 */
export async function offsetPage<T>(
  args: PageArgs,
  fetch: (offset: number, limit: number) => Promise<[T[], number]>,
): Promise<Connection<T>> {
  const first = checkPageSize(args.first);
  const offset = args.after ? decodeCursor(args.after, isOffset).o + 1 : 0;
  const [rows, total] = await fetch(offset, first + 1);
  return toConnection(rows, first, total, (_row, index) => encodeCursor({ o: offset + index }), offset > 0);
}

/** Newest first by creation time; the id orders records of the same instant, so pages never overlap. */
export const NEWEST_CREATED_FIRST = { createdAt: "desc", id: "desc" } as const;

/** An offset page of the `entity` records matching `where`, in `orderBy` order (ending on a unique column). */
export function findOffsetPage<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<NoInfer<T>>,
  orderBy: OrderDefinition<NoInfer<T>>,
  args: PageArgs,
): Promise<Connection<T>> {
  return offsetPage(args, (offset, limit) => em.findAndCount(entity, where, { orderBy, offset, limit }));
}
