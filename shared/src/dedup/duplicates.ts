import type { CountryCode } from "libphonenumber-js/max";
import { cleanText, normalizeEmail, normalizePhone } from "../normalize.js";
import { trigramSimilarity } from "./trigram.js";

/** Why two leads are taken for the same person, strongest first. */
export const DuplicateReason = { EMAIL: "EMAIL", PHONE: "PHONE", NAME_COMPANY: "NAME_COMPANY" } as const;
export type DuplicateReason = (typeof DuplicateReason)[keyof typeof DuplicateReason];

/** First name + last name + company must be at least this similar (pg_trgm similarity) to match. */
export const DUPLICATE_NAME_SIMILARITY = 0.85;

/** The fields a duplicate check reads; stored leads and raw input alike. */
export interface DuplicateCheckFields {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
}

/** What two records are compared on, normalised: a null key never matches anything. */
export interface DuplicateKeys {
  email: string | null;
  phone: string | null;
  /** Lower-cased "first last company"; null unless there is a last name and a first name or a company. */
  name: string | null;
}

export interface DuplicateMatch {
  reason: DuplicateReason;
  /** 1 for the same email or phone; the name and company similarity otherwise. */
  similarity: number;
}

/**
 * The keys of a record: the email trimmed and lower-cased, the phone in E.164 (local numbers read in
 * `phoneCountry`), and the name key. A last name alone (or a first name alone) is too common to mean
 * the same person, so the name key needs a last name plus a first name or a company.
 */
export function duplicateKeys(fields: DuplicateCheckFields, phoneCountry: CountryCode = "US"): DuplicateKeys {
  const email = cleanText(fields.email);
  const phone = cleanText(fields.phone);
  return {
    email: email === null ? null : normalizeEmail(email),
    phone: phone === null ? null : normalizePhone(phone, phoneCountry),
    name: nameKey(fields),
  };
}

/** The text the name match compares; the database keeps the same text in `lead.dedup_name`. */
export function nameKey({ firstName, lastName, company }: DuplicateCheckFields): string | null {
  const [first, last, org] = [cleanText(firstName), cleanText(lastName), cleanText(company)];
  if (last === null || (first === null && org === null)) return null;
  return [first ?? "", last, org ?? ""].join(" ").toLowerCase();
}

/** Whether `a` and `b` are the same lead, and why (the strongest reason wins); null when they are not. */
export function matchDuplicate(a: DuplicateKeys, b: DuplicateKeys): DuplicateMatch | null {
  if (a.email !== null && a.email === b.email) return { reason: DuplicateReason.EMAIL, similarity: 1 };
  if (a.phone !== null && a.phone === b.phone) return { reason: DuplicateReason.PHONE, similarity: 1 };
  if (a.name === null || b.name === null) return null;
  const similarity = trigramSimilarity(a.name, b.name);
  return similarity >= DUPLICATE_NAME_SIMILARITY
    ? { reason: DuplicateReason.NAME_COMPANY, similarity: Math.round(similarity * 1000) / 1000 }
    : null;
}

/**
 * Groups records that match each other, directly or through a chain (A~B, B~C: one cluster), from
 * the matching pairs. Pure union-find, so an importer can cluster a file the same way the server does.
 */
export function clusterPairs<Id>(pairs: readonly (readonly [Id, Id])[]): Id[][] {
  const parent = new Map<Id, Id>();
  const root = (id: Id): Id => {
    let node = id;
    while (parent.get(node) !== node) {
      const up = parent.get(node) ?? node;
      if (up === node) break;
      parent.set(node, parent.get(up) ?? up);
      node = up;
    }
    return node;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const clusters = new Map<Id, Id[]>();
  for (const id of parent.keys()) {
    const r = root(id);
    clusters.set(r, [...(clusters.get(r) ?? []), id]);
  }
  return [...clusters.values()];
}
