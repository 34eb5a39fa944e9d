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
