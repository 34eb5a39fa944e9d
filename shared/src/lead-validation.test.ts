import { describe, expect, it } from "vitest";
import { validateLeadFields } from "./lead-validation.js";

describe("validateLeadFields", () => {
  it("normalises email, phone, website and text", () => {
    const result = validateLeadFields(
      {
        firstName: "  Ada  ",
        email: " Ada@Example.COM ",
        phone: "(415) 555-0132",
        website: "example.com",
        company: "",
        tags: ["vip", " vip ", "  "],
      },
      "create",
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        firstName: "Ada",
        email: "ada@example.com",
        phone: "+14155550132",
        website: "https://example.com",
        company: null,
        tags: ["vip"],
      }),
    });
  });

  it("reads local phone numbers in the lead's country", () => {
    const result = validateLeadFields(
      { lastName: "Martin", phone: "01 42 68 53 00", country: "fr" },
      "create",
    );
    expect(result.ok && result.value.phone).toBe("+33142685300");
  });

  it("names every faulty field", () => {
    const result = validateLeadFields(
      {
        email: "not-an-email",
        phone: "12",
        employees: -3,
        firstName: "x".repeat(101),
        tags: ["a".repeat(51)],
      },
      "create",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field).sort()).toEqual([
      "email",
      "employees",
      "firstName",
      "phone",
      "tags",
    ]);
  });

  it("requires an identifiable lead on create but not on update", () => {
    expect(validateLeadFields({ source: "web" }, "create")).toMatchObject({
      ok: false,
      errors: [{ field: "email" }],
    });
    expect(validateLeadFields({ source: "web" }, "update").ok).toBe(true);
  });

  it("requires a reason to mark a lead LOST", () => {
    expect(validateLeadFields({ status: "LOST" }, "update")).toMatchObject({
      ok: false,
      errors: [{ field: "lostReason" }],
    });
    expect(validateLeadFields({ status: "LOST", lostReason: "No budget" }, "update").ok).toBe(true);
  });

  it("refuses oversized custom fields", () => {
    const result = validateLeadFields(
      { lastName: "Big", customFields: { blob: "x".repeat(20_000) } },
      "create",
    );
    expect(result).toMatchObject({ ok: false, errors: [{ field: "customFields" }] });
  });
});
