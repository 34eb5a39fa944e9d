import { Field, InputType, ObjectType } from "type-graphql";
import type { FormFieldName, FormInputType } from "./form-fields.js";

@ObjectType("FormField", { description: "One input of a lead form." })
export class FormFieldType {
  @Field(() => String, {
    description:
      "firstName, lastName, email, phone, company, message, service_interest, urgency, budget_range or timeline.",
  })
  name!: FormFieldName;
  @Field(() => String) label!: string;
  @Field(() => String, { description: "text, email, tel or textarea." }) type!: FormInputType;
  @Field(() => Boolean) required!: boolean;
}

@InputType()
export class FormFieldInput {
  @Field() name!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: "text (default), email, tel or textarea." }) type?:
    string | null;
  @Field(() => Boolean, { nullable: true }) required?: boolean | null;
}
