/** Where the server reads "now" for business time (days in stage, stage history, overdue tasks). Tests pass their own. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
