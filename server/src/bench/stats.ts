/** One benchmark's figures: a JSON line on stdout (stdout carries nothing else). */
export function emit(record: { bench: string; unit: string } & Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

/** Progress for the human watching, on stderr. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** Seconds since a `performance.now()` reading. */
export const secondsSince = (since: number): number => (performance.now() - since) / 1000;

export interface LatencySummary {
  samples: number;
  mean_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

/** Nearest-rank percentiles of latencies in milliseconds. */
export function summarize(latencies: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const n = sorted.length;
  if (n === 0) throw new Error("no latencies to summarize");
  const at = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!;
  return {
    samples: n,
    mean_ms: round(sorted.reduce((sum, v) => sum + v, 0) / n),
    p50_ms: round(at(50)),
    p95_ms: round(at(95)),
    p99_ms: round(at(99)),
    max_ms: round(sorted[n - 1]!),
  };
}

/** Reports a pooled connection's error (e.g. the server going away) instead of crashing on it. */
export const reportErrors = (source: string) => (error: Error) => progress(`${source}: ${error.message}`);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `send` `rate` times a second for `seconds`, evenly paced: call i is due at start + i/rate and is
 * given that due time, so that a latency counted from it charges a server that falls behind for the wait
 * (no coordinated omission). Resolves once every call has settled, with the seconds since the start.
 */
export async function paceCalls(
  rate: number,
  seconds: number,
  send: (due: number) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < Math.round(rate * seconds); i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    sent.push(send(due));
  }
  await Promise.all(sent);
  return secondsSince(started);
}
