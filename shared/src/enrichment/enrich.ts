import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { EmailDomainType, emailDomainType } from "../scoring/email-domain.js";

/** Where a lead's local enrichment stands. */
export const EnrichmentStatus = {
  /** Not run yet (leads stored before enrichment existed). */
  PENDING: "PENDING",
  /** Something was learnt from the email domain or the phone. */
  ENRICHED: "ENRICHED",
  /** Run, but there was nothing to learn from (no business email, no phone). */
  NO_DATA: "NO_DATA",
} as const;
export type EnrichmentStatus = (typeof EnrichmentStatus)[keyof typeof EnrichmentStatus];

/** What local enrichment learnt; nothing leaves the machine to learn it. */
export interface LeadEnrichment {
  emailDomainType: EmailDomainType;
  /** The domain of a business email (free-mail domains say nothing about a company). */
  companyDomain: string | null;
  /** A company name guessed from that domain: acme-robotics.co.uk -> "Acme Robotics". */
  companyNameGuess: string | null;
  /** ISO country of the phone number, from its prefix. */
  phoneCountry: string | null;
  /** MOBILE, FIXED_LINE, ... as libphonenumber-js names it; null when it cannot tell. */
  phoneType: string | null;
  phoneValid: boolean | null;
}

export interface EnrichableLead {
  email?: string | null;
  phone?: string | null;
}

export interface EnrichmentResult {
  status: EnrichmentStatus;
  enrichment: LeadEnrichment;
}

// Second-level labels under a country code that are not the company (example.co.uk, example.com.au).
const GENERIC_SECOND_LEVEL = new Set(["co", "com", "net", "org", "ac", "gov", "edu", "ltd", "plc"]);

/**
 * Learns what it can from the email domain and the phone number. Pure: no network, no clock. It only
 * reports: the lead's own fields stay as given (a guessed company or country would change scores and
 * feed the duplicate check's name match with guesses).
 */
export function enrichLead(lead: EnrichableLead): EnrichmentResult {
  const domainType = emailDomainType(lead.email);
  const companyDomain =
    domainType === EmailDomainType.BUSINESS ? lead.email!.split("@").at(-1)!.trim() : null;
  const companyNameGuess = companyDomain ? guessCompanyName(companyDomain) : null;
  const parsed = lead.phone ? parsePhoneNumberFromString(lead.phone) : undefined;
  const enrichment: LeadEnrichment = {
    emailDomainType: domainType,
    companyDomain,
    companyNameGuess,
    phoneCountry: parsed?.country ?? null,
    phoneType: parsed?.getType() ?? null,
    phoneValid: lead.phone ? (parsed?.isValid() ?? false) : null,
  };
  const learnt = companyDomain !== null || enrichment.phoneCountry !== null;
  return { status: learnt ? EnrichmentStatus.ENRICHED : EnrichmentStatus.NO_DATA, enrichment };
}

/** The registrable name of a domain, as words: mail.acme-robotics.co.uk -> "Acme Robotics". */
export function guessCompanyName(domain: string): string | null {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
  if (labels.length < 2) return null;
  const secondLevel = labels.at(-2)!;
  const useThird = labels.length >= 3 && labels.at(-1)!.length === 2 && GENERIC_SECOND_LEVEL.has(secondLevel);
  const name = useThird ? labels.at(-3)! : secondLevel;
  const words = name.split(/[-_]+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(" ");
}
