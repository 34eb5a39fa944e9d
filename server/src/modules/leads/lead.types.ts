import { LeadEventType } from "@leadline/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection.js";
import { Lead } from "./lead.entity.js";

export const LeadConnection = ConnectionType(Lead, "Lead");

@ObjectType()
export class CreateLeadPayload {
  @Field(() => Lead) lead!: Lead;
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
