import { describe, expect, it } from "vitest";
import { toTimestamp } from "./values.js";

describe("toTimestamp", () => {
  it("reads ISO offsets and PostgreSQL's whole-hour offsets alike", () => {
    const utc = Date.UTC(2026, 10, 21, 15, 0, 0);
    expect(toTimestamp("2026-11-21T15:00:00Z")).toBe(utc);
    expect(toTimestamp("2026-11-21 15:00:00+00")).toBe(utc);
    expect(toTimestamp("2026-11-21 17:00:00.000+02")).toBe(utc);
    expect(toTimestamp("2026-11-21T10:00:00-05:00")).toBe(utc);
    expect(toTimestamp("2026-11-21T20:30:00+0530")).toBe(utc);
  });

  it("reads a time without a zone as UTC, and refuses what is not a date", () => {
    expect(toTimestamp("2026-11-21 15:00")).toBe(Date.UTC(2026, 10, 21, 15, 0));
    expect(toTimestamp("2026-11-21")).toBe(Date.UTC(2026, 10, 21));
    expect(toTimestamp("2026-02-30")).toBeNull();
    expect(toTimestamp("2026-11-21 15:00:00+2")).toBeNull();
    expect(toTimestamp("yesterday")).toBeNull();
  });
});
