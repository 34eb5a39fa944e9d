import { Role } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { newestFirstPage } from "../../graphql/newest-first-page.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { LeadForm } from "./form.entity.js";
import { CreateFormInput } from "./form.inputs.js";
import { createForm } from "./form.service.js";

export const LeadFormConnection = ConnectionType(LeadForm, "LeadForm");

@ObjectType()
export class CreateFormPayload {
  @Field(() => LeadForm) form!: LeadForm;
}

/** Embeddable lead forms: MANAGER and above. */
@Resolver(() => LeadForm)
export class FormResolver {
  @Authorized(Role.MANAGER)
  @Query(() => LeadFormConnection, { description: "The organisation's lead forms, newest first." })
  forms(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context): Promise<Connection<LeadForm>> {
    return newestFirstPage(
      context.em,
      LeadForm,
      { organization: requireViewer(context).organizationId },
      args,
    );
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CreateFormPayload, { description: "Creates an embeddable lead form for a campaign." })
  async createForm(
    @Arg("input", () => CreateFormInput) input: CreateFormInput,
    @Ctx() context: Context,
  ): Promise<CreateFormPayload> {
    return { form: await createForm(context.em, requireViewer(context), input) };
  }

  @FieldResolver(() => ID) campaignId(@Root() form: LeadForm): string {
    return form.campaign.id;
  }

  @FieldResolver(() => String, { description: "Path of the embeddable HTML snippet (GET, public)." })
  embedPath(@Root() form: LeadForm): string {
    return `/v1/forms/${form.id}/embed`;
  }
}
