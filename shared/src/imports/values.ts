import { LeadStatus } from "../enums.js";

/** Cells that mean "nothing chosen" in real exports (form defaults, spreadsheet habits); read as empty. */
export const DEFAULT_PLACEHOLDERS = [
  "Select",
  "N/A",
  "NA",
  "n/a",
  "-",
  "--",
  "#N/A",
  "null",
  "NULL",
  "(none)",
];

/**
 * Status values of other CRMs and their Leadline status (matched ignoring case and spacing).
 * Salesforce's standard lead statuses and HubSpot's lead statuses are built in.
 */
export const DEFAULT_STATUS_MAP: Record<string, LeadStatus> = {
  "open - not contacted": LeadStatus.NEW,
  "working - contacted": LeadStatus.CONTACTED,
  "closed - converted": LeadStatus.CONVERTED,
  "closed - not converted": LeadStatus.LOST,
  open: LeadStatus.NEW,
  new: LeadStatus.NEW,
  "in progress": LeadStatus.CONTACTED,
  "attempted to contact": LeadStatus.CONTACTED,
  connected: LeadStatus.CONTACTED,
  contacted: LeadStatus.CONTACTED,
  working: LeadStatus.CONTACTED,
  "open deal": LeadStatus.QUALIFIED,
  qualified: LeadStatus.QUALIFIED,
  unqualified: LeadStatus.LOST,
  "bad timing": LeadStatus.LOST,
  lost: LeadStatus.LOST,
  converted: LeadStatus.CONVERTED,
  won: LeadStatus.CONVERTED,
  customer: LeadStatus.CONVERTED,
};

const valueKey = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ");

/** A lookup ignoring case and spacing; the organisation's own entries win over the defaults. */
export function valueMapper<T extends string>(
  defaults: Record<string, T>,
  custom: Record<string, T> | null | undefined,
): (raw: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [from, to] of Object.entries(defaults)) map.set(valueKey(from), to);
  for (const [from, to] of Object.entries(custom ?? {})) map.set(valueKey(from), to);
  return (raw) => map.get(valueKey(raw));
}

/** The decimal mark numbers use in the file; the other mark (and spaces, apostrophes) separates thousands. */
export type DecimalMark = "." | ",";

/** Reads `1,234,567.89`, `1.234.567,89` (with `,` as decimal mark), `1 234`, `$1,200`; undefined when not a number. */
export function parseNumber(raw: string, decimalMark: DecimalMark = "."): number | undefined {
  let text = raw
    .trim()
    .replace(/^[$€£¥]|[$€£¥%]$/g, "")
    .replace(/[\s'\u00a0\u202f]/g, "");
  if (decimalMark === ".") text = text.replace(/,(?=\d{3}(\D|$))/g, "");
  else text = text.replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "y", "x", "on", "opted out", "t"]);
const FALSE_WORDS = new Set(["0", "false", "no", "n", "off", "f", ""]);

/** Yes/No, true/false, 1/0 (any case); undefined for anything else. */
export function parseBoolean(raw: string): boolean | undefined {
  const key = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}

/**
 * Reads a date in a chosen format made of DD, MM, YYYY, YY, HH, mm (or MM after HH: / HH:MM), ss and
 * any separators, e.g. `DD-MM-YYYY HH:MM`; with no format, ISO 8601. Times are UTC. Undefined when the
 * text does not fit or names an impossible date.
 */
export function parseDate(raw: string, format?: string | null): Date | undefined {
  const text = raw.trim();
  if (!format) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
    const date = new Date(
      /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || text.length === 10 ? text : `${text.replace(" ", "T")}Z`,
    );
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const tokens: string[] = [];
  const pattern = format
    .replace(/HH:MM/g, "HH:mm")
    .replace(/YYYY|YY|DD|MM|HH|mm|ss|[.*+?^${}()|[\]\\]/g, (token) => {
      if (/^[.*+?^${}()|[\]\\]$/.test(token)) return `\\${token}`;
      tokens.push(token);
      return token === "YYYY" ? "(\\d{4})" : "(\\d{1,2})";
    });
  const match = new RegExp(`^${pattern}$`).exec(text);
  if (!match) return undefined;
  const part = (token: string) => {
    const i = tokens.indexOf(token);
    return i < 0 ? undefined : Number(match[i + 1]);
  };
  const year = part("YYYY") ?? (part("YY") !== undefined ? 2000 + part("YY")! : undefined);
  const [month, day] = [part("MM"), part("DD")];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, part("HH") ?? 0, part("mm") ?? 0, part("ss") ?? 0));
  const fits =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return fits && (part("HH") ?? 0) < 24 && (part("mm") ?? 0) < 60 ? date : undefined;
}

const COUNTRY_ALIASES: Record<string, string> = {
  usa: "US",
  "u.s.a.": "US",
  "u.s.": "US",
  america: "US",
  "united states of america": "US",
  uk: "GB",
  "great britain": "GB",
  england: "GB",
  holland: "NL",
  "south korea": "KR",
  korea: "KR",
  russia: "RU",
};
let countryNames: Map<string, string> | undefined;

/** The ISO code of a country as files write it (`DE`, `Germany`, `USA`); undefined when unknown. */
export function countryCode(country: string | null | undefined): string | undefined {
  const key = country?.trim().toLowerCase();
  if (!key) return undefined;
  if (/^[a-z]{2}$/.test(key)) return key.toUpperCase();
  if (!countryNames) {
    countryNames = new Map(Object.entries(COUNTRY_ALIASES));
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        const key = name?.toLowerCase();
        // First code wins: FR, not the old FX (Metropolitan France) that English also names France.
        if (key && name !== code && !countryNames.has(key)) countryNames.set(key, code);
      }
  }
  return countryNames.get(key);
}
