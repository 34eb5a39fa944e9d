/** Where a lead stands against its first-contact deadline, for the lead page's countdown. */
export interface SlaCountdown {
  /** DUE: the deadline is ahead; BREACHED: it passed without contact. */
  state: "DUE" | "BREACHED";
  /** Milliseconds to the deadline (DUE) or since it (BREACHED). */
  ms: number;
  /** "12 min 5 s left", "breached by 2 h 3 min". */
  text: string;
}

/** "2 d 3 h", "1 h 5 min", "4 min 10 s", "9 s": the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const units: [string, number][] = [
    ["d", Math.floor(seconds / 86_400)],
    ["h", Math.floor(seconds / 3600) % 24],
    ["min", Math.floor(seconds / 60) % 60],
    ["s", seconds % 60],
  ];
  const first = units.findIndex(([, value]) => value > 0);
  if (first === -1) return "0 s";
  return units
    .slice(first, first + 2)
    .filter(([, value]) => value > 0)
    .map(([unit, value]) => `${value} ${unit}`)
    .join(" ");
}

/**
 * The countdown to the first-contact deadline, or null when there is none to show: no deadline, or
 * the lead was already contacted (the clock stops at first contact).
 */
export function slaCountdown(
  slaDueAt: Date | string | null,
  firstContactedAt: Date | string | null,
  now: Date,
): SlaCountdown | null {
  if (!slaDueAt || firstContactedAt) return null;
  const left = new Date(slaDueAt).getTime() - now.getTime();
  return left > 0
    ? { state: "DUE", ms: left, text: `${formatDuration(left)} left` }
    : { state: "BREACHED", ms: -left, text: `breached by ${formatDuration(-left)}` };
}
