import type { RawBuilder } from "kysely";
import type { MikroORM } from "../db/orm.js";
import { secondsSince } from "./stats.js";

/** One connection per core: the most PostgreSQL can put to work on one organisation's floor step. */
export const FLOOR_CONNECTIONS = 2;

/** Runs the statements all at once, each on its own connection; the seconds until the last is done. */
export async function secondsAtOnce(orm: MikroORM, statements: RawBuilder<unknown>[]): Promise<number> {
  const started = performance.now();
  await Promise.all(statements.map((statement) => statement.execute(orm.em.fork().getKysely())));
  return secondsSince(started);
}
