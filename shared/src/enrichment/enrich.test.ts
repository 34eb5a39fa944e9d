import { describe, expect, it } from "vitest";
import { enrichLead, guessCompanyName } from "./enrich.js";

describe("enrichLead", () => {
  it("learns the company from a business email and the country from the phone", () => {
    expect(enrichLead({ email: "ada@acme-robotics.co.uk", phone: "+442079460958" })).toEqual({
      status: "ENRICHED",
      enrichment: {
        emailDomainType: "BUSINESS",
        companyDomain: "acme-robotics.co.uk",
        companyNameGuess: "Acme Robotics",
        phoneCountry: "GB",
        phoneType: "FIXED_LINE",
        phoneValid: true,
      },
    });
  });

  it("learns nothing about a company from a free-mail address, and nothing from a free-mail address", () => {
    const result = enrichLead({ email: "ada@gmail.com", phone: "+491701234567", country: "Germany" });
    expect(result.enrichment).toMatchObject({
      emailDomainType: "FREE",
      companyDomain: null,
      phoneCountry: "DE",
    });
  });

  it("says NO_DATA when there is nothing to learn from", () => {
    expect(enrichLead({ company: "Acme" }).status).toBe("NO_DATA");
  });

  it("guesses names from subdomains and country second-level domains", () => {
    expect(guessCompanyName("mail.globex.com")).toBe("Globex");
    expect(guessCompanyName("initech.com.au")).toBe("Initech");
    expect(guessCompanyName("localhost")).toBeNull();
  });
});
