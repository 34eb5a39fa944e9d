import { ScoringFieldType as T } from "./types.js";

/** A lead's resolved field value, before an operator reads it. */
export type FieldValue = string | number | boolean | Date | readonly string[] | null;

export interface ResolvedField {
  type: T;
  value: FieldValue;
}

export const DAY_MS = 86_400_000;
// Plain decimals only: "0x10", "1,000" or "12abc" are text, not numbers.
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// Offsets as ISO writes them (+02:00, +0200) and as PostgreSQL prints whole hours (+02).
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/i;
const HAS_ZONE = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const HOUR_ONLY_OFFSET = /([+-]\d{2})$/;

// Any whitespace but a single plain space: only such text needs the (slower) collapsing replace.
const ODD_SPACE = /\s\s|[^\S ]/;
// Scoring a lead reads the same field for several rules (title tiers): remember the last answer.
let lastInput: unknown;
let lastText = "";

/** Text as rules compare it: trimmed, inner runs of spaces collapsed, lower-cased. */
export function normalizeText(value: unknown): string {
  if (value === lastInput && typeof value === "string") return lastText;
  const trimmed = String(value).trim();
  const text = (ODD_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed).toLowerCase();
  lastInput = value;
  lastText = text;
  return text;
}

/** Null, undefined, NaN, blank text, an invalid date and a list without a non-blank element are empty. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value === "string") return value.trim() === "";
  if (value instanceof Date) return Number.isNaN(value.getTime());
  if (Array.isArray(value)) return value.every((item) => isEmptyValue(item));
  return false;
}

/** A finite number, or a string holding one ("42", " 3.5 "); anything else is null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || !NUMERIC.test(value.trim())) return null;
  const parsed = Number(value.trim());
  return Number.isFinite(parsed) ? parsed : null;
}

/** True/false, or the text "true"/"false" (custom fields posted by forms). */
export function toBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return null;
  const text = normalizeText(value);
  return text === "true" ? true : text === "false" ? false : null;
}

/** True when `value` is a date-only ISO string ("2024-03-01"), which rules read as a whole UTC day. */
export function isDateOnly(value: unknown): boolean {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
}

/**
 * Milliseconds since the epoch for a Date or a strict ISO 8601 string. A time without a zone is read as
 * UTC, so the browser preview and the server agree whatever their time zones. Anything else is null.
 */
export function toTimestamp(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== "string") return null;
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (!match || !isRealDay(match[1] ?? "")) return null;
  const iso = text.replace(" ", "T").replace(HOUR_ONLY_OFFSET, "$1:00");
  const withZone = match[2] && !HAS_ZONE.test(text) ? `${iso}Z` : iso;
  const time = Date.parse(match[2] ? withZone : `${match[1]}T00:00:00Z`);
  return Number.isNaN(time) ? null : time;
}

// Date.parse rolls "2024-02-30" over to March 1st; a rule value like that is a typo, not a date.
function isRealDay(day: string): boolean {
  const [year = 0, month = 0, date = 0] = day.split("-").map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

/** The last millisecond of the day a date-only string names, else the instant itself. */
export function toUpperTimestamp(value: unknown): number | null {
  const time = toTimestamp(value);
  return time !== null && isDateOnly(value) ? time + DAY_MS - 1 : time;
}

/** Whole days from `from` to `now`, never negative (a clock a little behind gives 0, not -1). */
export function daysBetween(from: number, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from) / DAY_MS));
}

/** A stored lead field as its registry type says it is; a value of another type reads as empty. */
export function storedValue(type: T, raw: unknown): FieldValue {
  if (raw === undefined || raw === null) return null;
  switch (type) {
    case T.NUMBER:
      return toNumber(raw);
    case T.DATE: {
      const time = toTimestamp(raw);
      return time === null ? null : new Date(time);
    }
    case T.BOOLEAN:
      return typeof raw === "boolean" ? raw : null;
    case T.STRING_LIST:
      return Array.isArray(raw) ? raw.map(String) : null;
    default:
      return typeof raw === "string" ? raw : String(raw);
  }
}

/** A custom field, typed by its value: a number or numeric text is a NUMBER, a list a STRING_LIST. */
export function customValue(raw: unknown): ResolvedField {
  if (raw === undefined || raw === null) return { type: T.STRING, value: null };
  if (typeof raw === "boolean") return { type: T.BOOLEAN, value: raw };
  if (typeof raw === "number") return { type: T.NUMBER, value: Number.isFinite(raw) ? raw : null };
  if (raw instanceof Date) return { type: T.DATE, value: raw };
  if (Array.isArray(raw))
    return { type: T.STRING_LIST, value: raw.filter((item) => item !== null).map(listItemText) };
  if (typeof raw === "string") return { type: toNumber(raw) === null ? T.STRING : T.NUMBER, value: raw };
  return { type: T.STRING, value: JSON.stringify(raw) };
}

function listItemText(item: unknown): string {
  return typeof item === "object" ? JSON.stringify(item) : String(item);
}
