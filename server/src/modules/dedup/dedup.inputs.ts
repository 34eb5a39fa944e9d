import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../graphql/connection.js";

@InputType({ description: "What a form has typed so far; every field is optional and may be partial." })
export class FindDuplicatesInput {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Any common notation." }) phone?: string | null;
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field(() => String, { nullable: true, description: "Two-letter code: how a local phone number is read." })
  country?: string | null;
  @Field(() => ID, { nullable: true, description: "Leave this lead out (the one being edited)." })
  excludeLeadId?: string | null;
}

@InputType({ description: "Take this field's value from this lead." })
export class MergeFieldChoice {
  @Field({ description: "A lead field name, e.g. email, phone, company, jobTitle, assignedTo." })
  field!: string;
  @Field(() => ID) leadId!: string;
}

@InputType()
export class MergeLeadsInput {
  @Field(() => ID, { description: "The lead that stays." }) masterId!: string;
  @Field(() => [ID], { description: "The leads merged into it (soft-deleted; undoable for 7 days)." })
  duplicateIds!: string[];
  @Field(() => [MergeFieldChoice], {
    nullable: true,
    description: "Per field, which lead's value the master keeps; fields not named keep the master's.",
  })
  fieldChoices?: MergeFieldChoice[] | null;
}

@ArgsType()
export class DuplicateClustersArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_PAGE_SIZE}.` }) first: number =
    20;
  @Field(() => String, { nullable: true }) after?: string;
}
