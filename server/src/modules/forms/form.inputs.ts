import { Field, ID, InputType, Int } from "type-graphql";
import { FormFieldInput } from "./form.types.js";

@InputType()
export class CreateFormInput {
  @Field(() => ID) campaignId!: string;
  @Field() name!: string;
  @Field(() => [FormFieldInput]) fields!: FormFieldInput[];
  @Field({ description: "An absolute http(s) URL." }) thankYouUrl!: string;
  @Field(() => String, { nullable: true, description: "Default website_url." }) honeypotField?: string | null;
  @Field(() => Int, { nullable: true, description: "0 to 60; default 3." }) minFillSeconds?: number | null;
  @Field(() => [String], { nullable: true }) allowedOrigins?: string[] | null;
}

@InputType({ description: "Changes to a lead form: omitted (or null) fields are left as they are." })
export class UpdateFormInput {
  @Field(() => ID, { description: "The form to change." }) id!: string;
  @Field(() => ID, { nullable: true, description: "Moves the form to another (not archived) campaign." })
  campaignId?: string | null;
  @Field(() => String, { nullable: true, description: "1 to 200 characters." }) name?: string | null;
  @Field(() => [FormFieldInput], {
    nullable: true,
    description: "The whole new list of inputs (order, labels, types, required), replacing the old one.",
  })
  fields?: FormFieldInput[] | null;
  @Field(() => String, { nullable: true, description: "An absolute http(s) URL." }) thankYouUrl?:
    string | null;
  @Field(() => String, { nullable: true, description: "A plain input name that is not a lead field." })
  honeypotField?: string | null;
  @Field(() => Int, { nullable: true, description: "0 to 60." }) minFillSeconds?: number | null;
  @Field(() => [String], { nullable: true, description: "The whole new list; [] allows no origin." })
  allowedOrigins?: string[] | null;
}

@InputType({ description: "The form to delete." })
export class DeleteFormInput {
  @Field(() => ID, { description: "The form's id." }) id!: string;
}
