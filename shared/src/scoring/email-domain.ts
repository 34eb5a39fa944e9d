import freeEmailDomainList from "free-email-domains/domains.json" with { type: "json" };

export const EmailDomainType = { BUSINESS: "BUSINESS", FREE: "FREE", NONE: "NONE" } as const;
export type EmailDomainType = (typeof EmailDomainType)[keyof typeof EmailDomainType];

// Built on first use: a client bundle that never scores leaves the 14k-domain list out entirely.
let freeDomains: ReadonlySet<string> | undefined;

/**
 * BUSINESS, FREE (a free or disposable mail provider, per the `free-email-domains` list) or NONE (no
 * email, or no domain in it).
 */
export function emailDomainType(email: string | null | undefined): EmailDomainType {
  const at = email ? email.lastIndexOf("@") : -1;
  const domain =
    at === -1
      ? ""
      : email!
          .slice(at + 1)
          .trim()
          .toLowerCase();
  if (!domain) return EmailDomainType.NONE;
  return freeEmailDomains().has(domain) ? EmailDomainType.FREE : EmailDomainType.BUSINESS;
}

/** The free and disposable mail domains (lower case) that make an email FREE. */
export function freeEmailDomains(): ReadonlySet<string> {
  freeDomains ??= new Set(freeEmailDomainList);
  return freeDomains;
}
