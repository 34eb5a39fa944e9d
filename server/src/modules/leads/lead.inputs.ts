import { ContactMethod, LeadStatus } from "@leadline/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { MAX_PAGE_SIZE } from "../../graphql/connection.js";
import { SortDirection } from "../../graphql/enums.js";

export const LeadOrderField = {
  CREATED_AT: "CREATED_AT",
  UPDATED_AT: "UPDATED_AT",
  SCORE: "SCORE",
  LAST_NAME: "LAST_NAME",
  COMPANY: "COMPANY",
  STATUS: "STATUS",
} as const;
export type LeadOrderField = (typeof LeadOrderField)[keyof typeof LeadOrderField];
registerEnumType(LeadOrderField, {
  name: "LeadOrderField",
  description: "Columns a lead list can be sorted by.",
});

@InputType({ description: "Narrows a lead list; every condition given must hold." })
export class LeadFilter {
  @Field(() => [LeadStatus], { nullable: true }) status?: LeadStatus[];
  @Field(() => [ID], {
    nullable: true,
    description: "Owners (assignees); with `unassigned`, either matches.",
  })
  assignedToIds?: string[];
  @Field(() => Boolean, { nullable: true, description: "Only leads nobody owns." }) unassigned?: boolean;
  @Field(() => [ID], {
    nullable: "itemsAndList",
    description:
      "Leads waiting in any of these teams' queues; a null in the list also takes leads in no queue. What a member may claim: their teams' ids and null.",
  })
  queueTeamIds?: (string | null)[];
  @Field(() => [String], { nullable: true }) source?: string[];
  @Field(() => [String], { nullable: true }) campaign?: string[];
  @Field(() => [String], { nullable: true, description: "Leads carrying any of these tags." })
  tags?: string[];
  @Field(() => Int, { nullable: true }) scoreMin?: number;
  @Field(() => Int, { nullable: true }) scoreMax?: number;
  @Field(() => [String], { nullable: true, description: "Grades A-D." }) grade?: string[];
  @Field(() => Date, { nullable: true, description: "Created at or after." }) createdAfter?: Date;
  @Field(() => Date, { nullable: true, description: "Created before." }) createdBefore?: Date;
  @Field(() => [ID], { nullable: true, description: "Pipeline stages (board columns)." }) stageIds?: string[];
  @Field(() => Int, {
    nullable: true,
    description: "Stale leads: no activity (or, without any, not created) in this many days.",
  })
  noActivityInDays?: number;
  @Field(() => ID, { nullable: true, description: "Only the leads this CSV import created." })
  importJobId?: string;
}

@InputType({ description: "Sort order; ties are broken by id so pages never overlap." })
export class LeadOrder {
  @Field(() => LeadOrderField) field!: LeadOrderField;
  @Field(() => SortDirection) direction!: SortDirection;
}

@ArgsType()
export class LeadsArgs {
  @Field(() => LeadFilter, { nullable: true }) filter?: LeadFilter;

  @Field(() => String, {
    nullable: true,
    description:
      "Matches name, email and company; ignores case and tolerates typos. Without `orderBy`, best matches come first.",
  })
  search?: string;

  @Field(() => LeadOrder, { nullable: true, description: "Default: newest first." }) orderBy?: LeadOrder;

  @Field(() => Int, { defaultValue: 50, description: `Page size, at most ${MAX_PAGE_SIZE}.` }) first: number =
    50;

  @Field(() => String, { nullable: true }) after?: string;
}

@InputType()
export class ConsentInput {
  @Field() given!: boolean;
  @Field(() => String, { nullable: true, description: "Where consent was captured." }) source?: string | null;
}

/** The editable lead fields, shared by create and update. Omitted fields are left alone; null clears. */
@InputType({ description: "The editable lead fields (base of CreateLeadInput and UpdateLeadInput)." })
export abstract class LeadFieldsInput {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Any common notation; stored as E.164." }) phone?:
    string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field(() => String, { nullable: true }) industry?: string | null;
  @Field(() => String, { nullable: true }) companySize?: string | null;
  @Field(() => Int, { nullable: true }) employees?: number | null;
  @Field(() => Float, { nullable: true }) annualRevenue?: number | null;
  @Field(() => Float, { nullable: true, description: "Expected deal value." }) dealValue?: number | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "A two-letter code also sets how local phone numbers are read.",
  })
  country?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) campaign?: string | null;
  @Field(() => String, { nullable: true }) utmSource?: string | null;
  @Field(() => String, { nullable: true }) utmMedium?: string | null;
  @Field(() => String, { nullable: true }) utmCampaign?: string | null;
  @Field(() => String, { nullable: true }) utmTerm?: string | null;
  @Field(() => String, { nullable: true }) utmContent?: string | null;
  @Field(() => LeadStatus, { nullable: true }) status?: LeadStatus | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Required with status LOST: a reason from the list (NO_BUDGET or "No budget", ...); any other text is recorded as OTHER with that text.',
  })
  lostReason?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => Boolean, { nullable: true }) doNotCall?: boolean | null;
  @Field(() => Boolean, { nullable: true }) doNotEmail?: boolean | null;
  @Field(() => ContactMethod, { nullable: true }) preferredContactMethod?: ContactMethod | null;
  @Field(() => ConsentInput, { nullable: true }) consent?: ConsentInput | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Replaces the custom fields." })
  customFields?: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true, description: "Owner; a MEMBER may only name themselves." })
  assignedToId?: string | null;
}

export const DuplicatePolicy = {
  WARN: "WARN",
  CREATE: "CREATE",
  UPDATE_EXISTING: "UPDATE_EXISTING",
} as const;
export type DuplicatePolicy = (typeof DuplicatePolicy)[keyof typeof DuplicatePolicy];
registerEnumType(DuplicatePolicy, {
  name: "DuplicatePolicy",
  description:
    "What createLead does when the new lead matches existing ones: WARN creates nothing and returns the matches; CREATE creates anyway (the default); UPDATE_EXISTING applies the input to the strongest match.",
});

export const CreateLeadOutcome = {
  CREATED: "CREATED",
  NOT_CREATED: "NOT_CREATED",
  UPDATED_EXISTING: "UPDATED_EXISTING",
} as const;
export type CreateLeadOutcome = (typeof CreateLeadOutcome)[keyof typeof CreateLeadOutcome];
registerEnumType(CreateLeadOutcome, { name: "CreateLeadOutcome", description: "What createLead did." });

@InputType({ description: "A new lead. It needs at least an email, a phone, a name or a company." })
export class CreateLeadInput extends LeadFieldsInput {
  @Field(() => DuplicatePolicy, {
    nullable: true,
    description:
      "What to do when duplicates exist. Default CREATE, so that integrations written before the check keep working; the web app asks WARN first.",
  })
  onDuplicate?: DuplicatePolicy | null;
}

@InputType({ description: "Changes to a lead: only the fields given change." })
export class UpdateLeadInput extends LeadFieldsInput {
  @Field(() => ID) id!: string;
}
