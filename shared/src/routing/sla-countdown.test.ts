import { describe, expect, it } from "vitest";
import { formatDuration, slaCountdown } from "./sla-countdown.js";

const now = new Date("2026-01-05T10:00:00Z");

describe("slaCountdown", () => {
  it("counts down to the deadline, then says by how much it was missed", () => {
    expect(slaCountdown("2026-01-05T10:25:30Z", null, now)).toEqual({
      state: "DUE",
      ms: 25.5 * 60_000,
      text: "25 min 30 s left",
    });
    expect(slaCountdown(new Date("2026-01-05T07:55:00Z"), null, now)).toEqual({
      state: "BREACHED",
      ms: 125 * 60_000,
      text: "breached by 2 h 5 min",
    });
    expect(slaCountdown("2026-01-05T10:00:00Z", null, now)?.state).toBe("BREACHED");
  });

  it("is hidden after first contact, and without a deadline", () => {
    expect(slaCountdown("2026-01-05T07:55:00Z", "2026-01-05T09:00:00Z", now)).toBeNull();
    expect(slaCountdown(null, null, now)).toBeNull();
  });
});

describe("formatDuration", () => {
  it("shows the two largest units, rounded down", () => {
    expect(formatDuration(9_999)).toBe("9 s");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000 + 59 * 60_000)).toBe("3 d 4 h");
    expect(formatDuration(86_400_000 + 30_000)).toBe("1 d");
    expect(formatDuration(0)).toBe("0 s");
  });
});
