import { Faker, en } from "@faker-js/faker";
import type { SampleLead } from "./seed.js";

export const TERM_KINDS = [
  "last_name",
  "last_name_lower",
  "company_word",
  "email_local_part",
  "full_name",
  "full_name_upper",
  "typo_dropped_letter",
  "typo_doubled_letter",
  "typo_swapped_letters",
  "typo_full_name",
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export interface SearchTerm {
  term: string;
  kind: TermKind;
  typo: boolean;
  /** The lead the term was drawn from. */
  leadId: string;
  /** The lower-cased text the user meant (the term without its typo). */
  intended: string;
}

const NOT_A_NAME = new Set(["inc", "llc", "group", "and", "sons"]);
type Typo = "dropped" | "doubled" | "swapped";

/** One term per sample lead, the kinds taken in turn; choices come from a seeded faker (repeatable). */
export function searchTerms(samples: SampleLead[]): SearchTerm[] {
  const faker = new Faker({ locale: [en] });
  faker.seed(424242);
  const typo = (word: string, kind: Typo): string => {
    // Never the first letter: people rarely get that wrong.
    const at = faker.number.int({ min: 1, max: Math.max(1, word.length - 2) });
    if (kind === "doubled") return word.slice(0, at) + word[at] + word.slice(at);
    if (kind === "swapped" && word.length > 2 && word[at] !== word[at + 1] && at + 1 < word.length)
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    return word.slice(0, at) + word.slice(at + 1);
  };
  return samples.map((lead, i) => {
    const kind = TERM_KINDS[i % TERM_KINDS.length]!;
    const words = lead.company
      .split(/[^A-Za-z']+/)
      .filter((w) => w.length >= 4 && !NOT_A_NAME.has(w.toLowerCase()));
    const companyWord = words.length > 0 ? faker.helpers.arrayElement(words) : lead.lastName;
    const fullName = `${lead.firstName} ${lead.lastName}`;
    const make = (term: string, intended = term) => ({
      term,
      kind,
      typo: kind.startsWith("typo"),
      leadId: lead.id,
      intended: intended.toLowerCase(),
    });
    switch (kind) {
      case "last_name":
        return make(lead.lastName);
      case "last_name_lower":
        return make(lead.lastName.toLowerCase());
      case "company_word":
        return make(companyWord);
      case "email_local_part":
        return make(lead.email.split("@")[0]!);
      case "full_name":
        return make(fullName);
      case "full_name_upper":
        return make(fullName.toUpperCase());
      case "typo_dropped_letter":
        return make(typo(lead.lastName, "dropped"), lead.lastName);
      case "typo_doubled_letter":
        return make(typo(companyWord, "doubled"), companyWord);
      case "typo_swapped_letters":
        return make(typo(lead.lastName, "swapped"), lead.lastName);
      case "typo_full_name": {
        const how = faker.helpers.arrayElement<Typo>(["dropped", "doubled", "swapped"]);
        return make(`${lead.firstName} ${typo(lead.lastName, how)}`, fullName);
      }
    }
  });
}
