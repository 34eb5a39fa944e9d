import { scoringField } from "@leadline/shared";
import { humanize } from "../../format";

/**
 * The lead's value of `field` that a rule matched, as text: "Yes", "1,200", "a, b", "Business" for a
 * field's fixed option BUSINESS, "empty" when there is none.
 */
export function formatMatchedValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "empty";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return value.toLocaleString();
  if (typeof value === "string")
    return scoringField(field)?.options?.includes(value) ? humanize(value) : value;
  if (Array.isArray(value)) return value.map((item) => formatMatchedValue(field, item)).join(", ");
  return JSON.stringify(value);
}
