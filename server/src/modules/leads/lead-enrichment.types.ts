import { EmailDomainType, type LeadEnrichment } from "@leadline/shared";
import { Field, ObjectType } from "type-graphql";

/** The GraphQL face of shared `LeadEnrichment` (stored as JSON on the lead). */
@ObjectType("LeadEnrichment", {
  description: "What Leadline learnt locally about a lead (nothing leaves the machine).",
})
export class LeadEnrichmentInfo implements LeadEnrichment {
  @Field(() => EmailDomainType) emailDomainType!: EmailDomainType;
  @Field(() => String, { nullable: true, description: "Domain of a business email address." })
  companyDomain!: string | null;
  @Field(() => String, { nullable: true, description: "Company name guessed from that domain." })
  companyNameGuess!: string | null;
  @Field(() => String, { nullable: true, description: "ISO country of the phone number." })
  phoneCountry!: string | null;
  @Field(() => String, { nullable: true, description: "MOBILE, FIXED_LINE, ... when known." })
  phoneType!: string | null;
  @Field(() => Boolean, { nullable: true }) phoneValid!: boolean | null;
}
