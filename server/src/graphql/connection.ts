import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { badInput } from "./errors.js";

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Builds the `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. `extra`, an abstract
 * object type, adds list-wide fields to the connection.
 */
export function ConnectionType<T extends object, Extra extends object = object>(
  nodeType: ClassType<T>,
  name: string,
  extra?: ClassType<Extra>,
) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: "Opaque position; pass it as `after` to read on from here." }) cursor!: string;
    @Field(() => nodeType, { description: `The ${name} itself.` }) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class ConnectionClass extends ((extra ?? Object) as ClassType<object>) {
    @Field(() => Int, { description: "How many records match, over all pages." }) totalCount!: number;
    @Field(() => [EdgeType], {
      description: `The ${name} records of this page, in the list's order (at most \`first\` of them).`,
    })
    edges!: EdgeType[];
    @Field(() => PageInfo, { description: "Whether more pages follow, and the cursors at the page's ends." })
    pageInfo!: PageInfo;
  }
  return ConnectionClass as ClassType<Connection<T> & Extra>;
}

/** Largest page any connection returns. */
export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput("first", `must be between 1 and ${MAX_PAGE_SIZE}`);
  return first;
}

/** Cursors are opaque to clients: base64url JSON of whatever position the list needs. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

export function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (isValid(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput("after", "is not a cursor this list gave out");
}

/** Turns `first + 1` fetched rows into a page: the extra row only tells that there is a next page. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T, index: number) => string,
  hasPrevious: boolean,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node, index) => ({ cursor: cursorOf(node, index), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
