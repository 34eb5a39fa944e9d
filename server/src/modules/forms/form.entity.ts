import type { Opt } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import type { FormFieldSpec } from "./form-fields.js";
import { FormFieldType } from "./form.types.js";

/** An embeddable web form: plain HTML that posts to Leadline and sends the visitor on to a thank-you page. */
@ObjectType({ description: "An embeddable lead form of a campaign." })
@Entity({ tableName: "lead_form" })
@Index({ properties: ["organization", "createdAt"] })
export class LeadForm extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Campaign, { deleteRule: "cascade" }) campaign!: Campaign;

  @Field() @Property({ type: "text" }) name!: string;

  @Field(() => [FormFieldType], {
    description: "The inputs, in order, with their labels and whether required.",
  })
  @Property({ type: "jsonb" })
  fields!: FormFieldSpec[];

  @Field({ description: "Where the visitor goes after submitting (HTTP 303)." })
  @Property({ type: "text" })
  thankYouUrl!: string;

  @Field(() => String, {
    description: "A hidden input people never fill; a submission that fills it is dropped as spam.",
  })
  @Property({ type: "text", default: "website_url" })
  honeypotField: Opt<string> = "website_url";

  @Field(() => Int, {
    description: "Submissions sooner than this after the form was served are dropped as bots.",
  })
  @Property({ type: "smallint", default: 3 })
  minFillSeconds: Opt<number> = 3;

  @Field(() => [String], {
    description: "Origins whose pages may post this form (no Origin header: allowed).",
  })
  @Property({ type: "text[]", defaultRaw: "'{}'" })
  allowedOrigins: Opt<string[]> = [];

  /** Set by deleteForm: the form leaves the lists and its public URLs answer 410; its captured leads stay. */
  @Property({ type: "datetime", nullable: true })
  deletedAt: Date | null = null;
}
