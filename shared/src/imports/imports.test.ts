import { describe, expect, it } from "vitest";
import { mappingErrors, suggestMapping } from "./mapping.js";
import { isJunkRow, rowConverter } from "./row.js";
import { parseDate, parseNumber } from "./values.js";

describe("suggestMapping", () => {
  it("maps Salesforce API names, report labels and HubSpot labels", () => {
    const targets = (headers: string[]) => suggestMapping(headers).map((s) => s.target);
    expect(
      targets(["Id", "FirstName", "LastName", "Title", "LeadSource", "NumberOfEmployees", "IsDeleted"]),
    ).toEqual(["externalId", "firstName", "lastName", "jobTitle", "source", "employees", "ignore"]);
    expect(targets(["Lead ID", "Lead Source", "Zip/Postal Code", "Email Opt Out", "Lead Status"])).toEqual([
      "externalId",
      "source",
      "postalCode",
      "doNotEmail",
      "status",
    ]);
    expect(targets(["Record ID", "Phone Number", "State/Region", "Company Name", "Lifecycle Stage"])).toEqual(
      ["externalId", "phone", "state", "company", "custom.lifecycleStage"],
    );
  });

  it("gives each field to one column (the exact name first); the others become custom fields", () => {
    const suggested = suggestMapping(["MobilePhone", "Phone", "Lead Origin", "Lead Origin"]);
    expect(suggested.map((s) => [s.target, s.confidence])).toEqual([
      ["custom.mobilePhone", "CUSTOM"],
      ["phone", "EXACT"],
      ["custom.leadOrigin", "CUSTOM"],
      ["custom.leadOrigin2", "CUSTOM"],
    ]);
    expect(mappingErrors(suggested, 4)).toEqual([]);
    expect(
      mappingErrors(
        [
          { index: 0, header: "a", target: "phone" },
          { index: 5, header: "b", target: "phone" },
        ],
        2,
      ),
    ).toEqual(["column 5 is not in the file", "phone is mapped from two columns"]);
  });
});

describe("values", () => {
  it("reads numbers with thousands separators in either convention", () => {
    expect(parseNumber("1,234,567.5")).toBe(1234567.5);
    expect(parseNumber("1.234.567,5", ",")).toBe(1234567.5);
    expect(parseNumber("$ 12 000")).toBe(12000);
    expect(parseNumber("12 apples")).toBeUndefined();
  });

  it("reads dates in a chosen format and refuses impossible ones", () => {
    expect(parseDate("31-12-2025 23:59", "DD-MM-YYYY HH:MM")?.toISOString()).toBe("2025-12-31T23:59:00.000Z");
    expect(parseDate("31/02/2025", "DD/MM/YYYY")).toBeUndefined();
    expect(parseDate("2025-03-04")?.toISOString()).toBe("2025-03-04T00:00:00.000Z");
  });
});

describe("rowConverter", () => {
  const mapping = suggestMapping([
    "Email",
    "Last Name",
    "Status",
    "Employees",
    "How did you hear",
    "Signed up",
  ]).map((m) => (m.header === "Signed up" ? { ...m, type: "DATE" as const } : m));

  it("maps placeholders to empty, statuses through the value map, and custom fields by type", () => {
    const convert = rowConverter(mapping, { dateFormat: "DD-MM-YYYY HH:MM" });
    expect(
      convert([
        "ADA@Example.com ",
        "Lovelace",
        "Open - Not Contacted",
        "1,200",
        "Select",
        "01-02-2026 10:30",
      ]),
    ).toEqual({
      kind: "lead",
      externalId: null,
      fields: {
        email: "ada@example.com",
        lastName: "Lovelace",
        status: "NEW",
        employees: 1200,
        customFields: { signedUp: "2026-02-01T10:30:00.000Z" },
      },
    });
  });

  it("reports every bad cell with its field and value, and rows without an identity", () => {
    const convert = rowConverter(mapping);
    expect(convert(["not-an-email", "", "Maybe", "lots", "", ""])).toEqual({
      kind: "rejected",
      errors: [
        { field: "status", value: "Maybe", message: expect.stringContaining("not a known status") },
        { field: "employees", value: "lots", message: "is not a number" },
        { field: "email", value: "not-an-email", message: "is not a valid email address" },
      ],
    });
    expect(convert(["", "", "", "", "Google", ""])).toMatchObject({
      kind: "rejected",
      errors: [{ field: "identity" }],
    });
  });

  it("reads phones local to the row's country (named in full) or with a country code but no +", () => {
    const convert = rowConverter(suggestMapping(["Email", "Phone", "Country"]));
    const phone = (cells: string[]) => (convert(cells) as { fields: { phone?: string } }).fields.phone;
    expect(phone(["a@b.co", "886-2-25474189", "Taiwan"])).toBe("+886225474189");
    expect(phone(["a@b.co", "33562156600", "France"])).toBe("+33562156600");
    expect(phone(["a@b.co", "(850) 644-4200", "USA"])).toBe("+18506444200");
  });

  it("takes blank lines and report footers for junk, not errors", () => {
    expect(isJunkRow(["", " ", ""])).toBe(true);
    expect(isJunkRow(["Grand Totals (22 records)"])).toBe(true);
    expect(isJunkRow(["Total", "", "", "1,234"])).toBe(true);
    expect(isJunkRow(["Totally Tubular Ltd", "x@y.com", "Smith"])).toBe(false);
  });
});
