import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

// Deliberately simple: one @, a dot in the domain, no spaces. Mailbox existence is not knowable here.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Trims and lower-cases an email address; returns null when it is not a plausible address. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return EMAIL_PATTERN.test(email) && email.length <= 254 ? email : null;
}

/**
 * Parses a phone number in any common notation to E.164 (`+14155550123`).
 * Numbers without a country prefix are read in `defaultCountry`. Returns null for an impossible number.
 */
export function normalizePhone(raw: string, defaultCountry: CountryCode = "US"): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/** Adds `https://` when a website is given without a scheme; returns null when it is not a web address. */
export function normalizeWebsite(raw: string): string | null {
  const trimmed = raw.trim();
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes(".") ? url.toString().replace(/\/$/, "") : null;
  } catch {
    return null;
  }
}

/** Trims a free-text value and turns an empty one into null, so blanks are stored as "not given". */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw === undefined || raw === null) return null;
  const trimmed = raw.trim().replace(/\s+/g, " ");
  return trimmed === "" ? null : trimmed;
}
