import { Field, Int, ArgsType } from "type-graphql";
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
