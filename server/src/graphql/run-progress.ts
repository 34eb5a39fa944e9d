/**
 * How far a background run (an import, a rescoring) is, from 0 to 1: `done` of `total` units, 0 while the
 * total is not known yet, and 1 once the run completed, whatever its counters say.
 */
export function runProgress(done: number, total: number, completed: boolean): number {
  if (completed) return 1;
  return total === 0 ? 0 : Math.min(1, done / total);
}
