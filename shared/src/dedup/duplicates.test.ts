import { describe, expect, it } from "vitest";
import { clusterPairs, duplicateKeys, matchDuplicate, nameKey } from "./duplicates.js";
import { trigramSimilarity } from "./trigram.js";

describe("trigramSimilarity", () => {
  it("agrees with pg_trgm on known values", () => {
    // Values from PostgreSQL 18: select similarity('word', 'two words'), ...
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(0.363636, 5);
    expect(trigramSimilarity("Ada Lovelace", "ada  LOVELACE")).toBe(1);
    expect(trigramSimilarity("", "x")).toBe(0);
  });
});

describe("duplicateKeys and matchDuplicate", () => {
  const keys = (fields: Parameters<typeof duplicateKeys>[0]) => duplicateKeys(fields);

  it("matches the same email whatever its case and spaces", () => {
    expect(matchDuplicate(keys({ email: " Ada@Example.com" }), keys({ email: "ada@example.COM " }))).toEqual({
      reason: "EMAIL",
      similarity: 1,
    });
  });

  it("matches the same phone in any notation (E.164)", () => {
    expect(matchDuplicate(keys({ phone: "(415) 555-0132" }), keys({ phone: "+1 415 555 0132" }))).toEqual({
      reason: "PHONE",
      similarity: 1,
    });
  });

  it("matches name and company at 85% similarity or more, not below", () => {
    const a = keys({ firstName: "Johanna", lastName: "Thorvaldsdottir", company: "Nordic Analytics" });
    const close = keys({ firstName: "Johanna", lastName: "Thorvaldsdotir", company: "Nordic Analytics" });
    const far = keys({ firstName: "Joanna", lastName: "Thorvald", company: "Nordic" });
    expect(matchDuplicate(a, close)).toMatchObject({ reason: "NAME_COMPANY" });
    expect(matchDuplicate(a, close)!.similarity).toBeGreaterThanOrEqual(0.85);
    expect(matchDuplicate(a, far)).toBeNull();
  });

  it("prefers the strongest reason", () => {
    const a = keys({ email: "x@y.com", phone: "+14155550132", firstName: "A", lastName: "B" });
    expect(matchDuplicate(a, a)?.reason).toBe("EMAIL");
  });

  it("never matches on a last name alone or on missing keys", () => {
    expect(nameKey({ lastName: "Smith" })).toBeNull();
    expect(matchDuplicate(keys({ lastName: "Smith" }), keys({ lastName: "Smith" }))).toBeNull();
    expect(matchDuplicate(keys({ email: "bad" }), keys({ email: "bad" }))).toBeNull();
  });
});

describe("clusterPairs", () => {
  it("joins chains into one cluster and keeps separate groups apart", () => {
    const clusters = clusterPairs([
      ["a", "b"],
      ["b", "c"],
      ["x", "y"],
    ]).map((c) => c.sort());
    expect(clusters.sort()).toEqual([
      ["a", "b", "c"],
      ["x", "y"],
    ]);
  });
});
