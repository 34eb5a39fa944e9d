import { describe, expect, it } from "vitest";
import { matchesOperator } from "./operators.js";
import { ScoringFieldType as T, ScoringOperator as Op } from "./types.js";

const EMPTY_VALUES = [null, "", "   ", [], ["  "], Number.NaN] as const;

describe("matchesOperator", () => {
  it("compares text ignoring case and surrounding or repeated spaces", () => {
    expect(matchesOperator(Op.EQUALS, T.STRING, "  Paid_Search ", "paid_search")).toBe(true);
    expect(matchesOperator(Op.EQUALS, T.STRING, "Financial  Services", "financial services")).toBe(true);
    expect(matchesOperator(Op.EQUALS, T.STRING, "organic", "paid_search")).toBe(false);
    expect(matchesOperator(Op.NOT_EQUALS, T.STRING, "organic", "paid_search")).toBe(true);
    expect(matchesOperator(Op.NOT_EQUALS, T.STRING, " DIRECT", "direct")).toBe(false);
  });

  it("treats IS_EMPTY as null, undefined-like, blank, whitespace or an empty list", () => {
    for (const value of EMPTY_VALUES) {
      expect(matchesOperator(Op.IS_EMPTY, T.STRING, value, null), String(value)).toBe(true);
      expect(matchesOperator(Op.IS_NOT_EMPTY, T.STRING, value, null), String(value)).toBe(false);
    }
    for (const value of ["x", 0, false, ["vip"]] as const) {
      expect(matchesOperator(Op.IS_EMPTY, T.STRING, value, null)).toBe(false);
      expect(matchesOperator(Op.IS_NOT_EMPTY, T.STRING, value, null)).toBe(true);
    }
  });

  it("makes only the negated operators true for an empty value", () => {
    const cases: [Op, T, unknown][] = [
      [Op.EQUALS, T.STRING, "x"],
      [Op.CONTAINS, T.STRING, "x"],
      [Op.STARTS_WITH, T.STRING, "x"],
      [Op.IN, T.STRING, ["x"]],
      [Op.GREATER_THAN, T.NUMBER, -1],
      [Op.LESS_THAN, T.NUMBER, 1],
      [Op.BETWEEN, T.NUMBER, [-1, 1]],
      [Op.EQUALS, T.BOOLEAN, false],
    ];
    for (const value of EMPTY_VALUES)
      for (const [operator, type, expected] of cases)
        expect(
          matchesOperator(operator, type, value, expected as never),
          `${operator} ${String(value)}`,
        ).toBe(false);
    for (const operator of [Op.NOT_EQUALS, Op.NOT_CONTAINS, Op.NOT_IN])
      expect(matchesOperator(operator, T.STRING, null, operator === Op.NOT_IN ? ["x"] : "x")).toBe(true);
  });

  it("CONTAINS matches whole words, and a list means any of them", () => {
    expect(matchesOperator(Op.CONTAINS, T.STRING, "Senior Sales Manager", "manager")).toBe(true);
    expect(matchesOperator(Op.CONTAINS, T.STRING, "VP, Sales", ["director", "vp"])).toBe(true);
    expect(matchesOperator(Op.CONTAINS, T.STRING, "Co-Founder", "founder")).toBe(true);
    expect(matchesOperator(Op.CONTAINS, T.STRING, "Head of  Growth", "head of")).toBe(true);
    expect(matchesOperator(Op.CONTAINS, T.STRING, "Marketing Coordinator", ["coo", "cto"])).toBe(false);
    expect(matchesOperator(Op.CONTAINS, T.STRING, "Doctor", "cto")).toBe(false);
    expect(matchesOperator(Op.CONTAINS, T.STRING, "Managerial lead", "manager")).toBe(false);
    // Digits and punctuation are not letters: partial codes and email parts still match.
    expect(matchesOperator(Op.CONTAINS, T.STRING, "spring2024_sale", "spring")).toBe(true);
    expect(matchesOperator(Op.CONTAINS, T.STRING, "ada@acme.com", "acme.com")).toBe(true);
    expect(matchesOperator(Op.NOT_CONTAINS, T.STRING, "Student", ["intern", "student"])).toBe(false);
    expect(matchesOperator(Op.NOT_CONTAINS, T.STRING, "Engineer", ["intern", "student"])).toBe(true);
  });

  it("STARTS_WITH compares the start of the text, ignoring case", () => {
    expect(matchesOperator(Op.STARTS_WITH, T.STRING, " Director of IT", "dir")).toBe(true);
    expect(matchesOperator(Op.STARTS_WITH, T.STRING, "IT Director", "dir")).toBe(false);
    expect(matchesOperator(Op.STARTS_WITH, T.STRING, "+44 20 7946 0000", ["+1", "+44"])).toBe(true);
  });

  it("compares numbers, including numbers given as text", () => {
    expect(matchesOperator(Op.GREATER_THAN, T.NUMBER, 101, 100)).toBe(true);
    expect(matchesOperator(Op.GREATER_THAN, T.NUMBER, 100, 100)).toBe(false);
    expect(matchesOperator(Op.GREATER_THAN, T.NUMBER, "250", "100")).toBe(true);
    expect(matchesOperator(Op.LESS_THAN, T.NUMBER, " 9 ", 10)).toBe(true);
    expect(matchesOperator(Op.EQUALS, T.NUMBER, "42", 42)).toBe(true);
    expect(matchesOperator(Op.EQUALS, T.NUMBER, 42, "42.0")).toBe(true);
    expect(matchesOperator(Op.EQUALS, T.NUMBER, "forty-two", 42)).toBe(false);
    expect(matchesOperator(Op.GREATER_THAN, T.NUMBER, "1,000", 10)).toBe(false);
    expect(matchesOperator(Op.IN, T.NUMBER, "50", [10, "50"])).toBe(true);
    expect(matchesOperator(Op.NOT_IN, T.NUMBER, 7, [10, 50])).toBe(true);
  });

  it("BETWEEN is inclusive at both ends", () => {
    for (const [value, expected] of [
      [10, true],
      [50, true],
      [25, true],
      ["50", true],
      [9, false],
      [51, false],
    ] as const)
      expect(matchesOperator(Op.BETWEEN, T.NUMBER, value, [10, 50]), String(value)).toBe(expected);
  });

  it("compares DATE fields as instants, a date-only value covering its whole UTC day", () => {
    const at = new Date("2024-03-01T15:00:00Z");
    expect(matchesOperator(Op.GREATER_THAN, T.DATE, at, "2024-02-29")).toBe(true);
    expect(matchesOperator(Op.GREATER_THAN, T.DATE, at, "2024-03-01")).toBe(false);
    expect(matchesOperator(Op.LESS_THAN, T.DATE, at, "2024-03-01")).toBe(false);
    expect(matchesOperator(Op.LESS_THAN, T.DATE, at, "2024-03-01T16:00:00Z")).toBe(true);
    expect(matchesOperator(Op.BETWEEN, T.DATE, at, ["2024-03-01", "2024-03-01"])).toBe(true);
    expect(matchesOperator(Op.BETWEEN, T.DATE, at, ["2024-03-02", "2024-03-31"])).toBe(false);
    // A time without a zone is UTC everywhere, so browser and server agree.
    expect(matchesOperator(Op.LESS_THAN, T.DATE, at, "2024-03-01T15:00:01")).toBe(true);
  });

  it("compares booleans", () => {
    expect(matchesOperator(Op.EQUALS, T.BOOLEAN, true, true)).toBe(true);
    expect(matchesOperator(Op.EQUALS, T.BOOLEAN, false, true)).toBe(false);
    expect(matchesOperator(Op.NOT_EQUALS, T.BOOLEAN, false, true)).toBe(true);
    expect(matchesOperator(Op.EQUALS, T.BOOLEAN, "TRUE", true)).toBe(true);
  });

  it("matches a list field when any element matches", () => {
    const tags = ["Partner", " VIP "];
    expect(matchesOperator(Op.CONTAINS, T.STRING_LIST, tags, "vip")).toBe(true);
    expect(matchesOperator(Op.CONTAINS, T.STRING_LIST, ["not-vip"], "vip")).toBe(false);
    expect(matchesOperator(Op.EQUALS, T.STRING_LIST, tags, "partner")).toBe(true);
    expect(matchesOperator(Op.IN, T.STRING_LIST, tags, ["churned", "vip"])).toBe(true);
    expect(matchesOperator(Op.NOT_IN, T.STRING_LIST, tags, ["churned", "vip"])).toBe(false);
    expect(matchesOperator(Op.NOT_CONTAINS, T.STRING_LIST, tags, "churned")).toBe(true);
    expect(matchesOperator(Op.STARTS_WITH, T.STRING_LIST, tags, "part")).toBe(true);
    expect(matchesOperator(Op.IN, T.STRING_LIST, [], ["vip"])).toBe(false);
    expect(matchesOperator(Op.NOT_IN, T.STRING_LIST, [], ["vip"])).toBe(true);
  });

  it("lets a text field match numbers in IN lists by their text", () => {
    expect(matchesOperator(Op.IN, T.STRING, "10001", [10001, 10002])).toBe(true);
    expect(matchesOperator(Op.IN, T.STRING, "GB", ["US", "gb"])).toBe(true);
    expect(matchesOperator(Op.NOT_IN, T.STRING, "IE", ["US", "GB"])).toBe(true);
  });
});
