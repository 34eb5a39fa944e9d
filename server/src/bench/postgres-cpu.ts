import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";

/** Linux's clock ticks per second (USER_HZ), as /proc reports CPU times in. */
const TICKS_PER_SECOND = 100;

/** A process's name, parent and CPU ticks (its own, and its reaped children's), from /proc/<pid>/stat. */
function processStat(pid: number): { name: string; parent: number; ticks: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // gone, or not Linux
  }
  // "pid (name) state ppid ...": the name may hold spaces, so fields are counted after its ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return {
    name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
    parent: Number(fields[1]),
    // utime, stime, cutime, cstime: fields 14-17 of the line, 12-15 after the name.
    ticks: fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0),
  };
}

/**
 * The PostgreSQL server behind `pool` when it runs on this machine (its postmaster's pid), else undefined.
 * The bench reads its CPU time around each run: on a 2-core machine shared with the app, the database's
 * share of each lead is half of the story.
 */
export async function localPostmaster(pool: pg.Pool): Promise<number | undefined> {
  const { rows } = await pool.query<{ pid: number }>("select pg_backend_pid() as pid");
  const backend = processStat(rows[0]!.pid);
  return backend?.name === "postgres" && processStat(backend.parent)?.name === "postgres"
    ? backend.parent
    : undefined;
}

/** CPU time the server has used so far in ms: the postmaster, its live backends, and those that exited. */
export function postgresCpuMs(postmaster: number): number {
  let ticks = processStat(postmaster)?.ticks ?? 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const child = processStat(Number(name));
    if (child?.parent === postmaster) ticks += child.ticks;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
