import { DuplicateReason, LeadEventType } from "@leadline/shared";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { CreateLeadOutcome } from "./lead.inputs.js";
import { ConnectionType } from "../../graphql/connection.js";
import { Lead } from "./lead.entity.js";

export const LeadConnection = ConnectionType(Lead, "Lead");

@ObjectType({ description: "A lead that looks like the same person as another, and why." })
export class DuplicateMatchResult {
  @Field(() => Lead) lead!: Lead;
  @Field(() => DuplicateReason) reason!: DuplicateReason;
  @Field(() => Float, {
    description: "1 for the same email or phone; name and company similarity (0.85-1) otherwise.",
  })
  similarity!: number;
}

@ObjectType()
export class CreateLeadPayload {
  @Field(() => Lead, {
    nullable: true,
    description:
      "The new lead (or, with UPDATE_EXISTING, the updated match); null when WARN found duplicates.",
  })
  lead!: Lead | null;
  @Field(() => [DuplicateMatchResult], { description: "Existing leads that look like the same person." })
  duplicates!: DuplicateMatchResult[];
  @Field(() => CreateLeadOutcome) outcome!: CreateLeadOutcome;
}

@ObjectType()
export class UpdateLeadPayload {
  @Field(() => Lead) lead!: Lead;
}

@ObjectType()
export class DeleteLeadPayload {
  @Field(() => ID) id!: string;
  @Field(() => Lead, { description: "The lead as it was when deleted (deletion is soft: the row is kept)." })
  lead!: Lead;
}

@ObjectType({ description: "A change to a lead of the viewer's organisation, pushed live." })
export class LeadEvent {
  @Field(() => LeadEventType) type!: LeadEventType;
  @Field(() => Lead) lead!: Lead;
}
