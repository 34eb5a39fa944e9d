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
import { newestFirstPageInOrganization } from "../../graphql/newest-first-page.js";
import { PageArgs } from "../../graphql/offset-page.js";
import { LeadForm } from "./form.entity.js";
import { CreateFormInput, DeleteFormInput, UpdateFormInput } from "./form.inputs.js";
import { createForm, deleteForm, updateForm } from "./form.service.js";

export const LeadFormConnection = ConnectionType(LeadForm, "LeadForm");

@ObjectType()
export class CreateFormPayload {
  @Field(() => LeadForm) form!: LeadForm;
}

@ObjectType({ description: "The form as changed by updateForm." })
export class UpdateFormPayload {
  @Field(() => LeadForm) form!: LeadForm;
}

@ObjectType({ description: "What deleteForm removed." })
export class DeleteFormPayload {
  @Field(() => ID, { description: "The deleted form's id." }) id!: string;
}

/** Embeddable lead forms: MANAGER and above. */
@Resolver(() => LeadForm)
export class FormResolver {
  @Authorized(Role.MANAGER)
  @Query(() => LeadFormConnection, { description: "The organisation's lead forms, newest first." })
  forms(@Args(() => PageArgs) args: PageArgs, @Ctx() context: Context): Promise<Connection<LeadForm>> {
    return newestFirstPageInOrganization(context, LeadForm, args, { deletedAt: null });
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CreateFormPayload, { description: "Creates an embeddable lead form for a campaign." })
  async createForm(
    @Arg("input", () => CreateFormInput) input: CreateFormInput,
    @Ctx() context: Context,
  ): Promise<CreateFormPayload> {
    return { form: await createForm(context.em, requireViewer(context), input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => UpdateFormPayload, { description: "Changes a lead form: only the fields given change." })
  async updateForm(
    @Arg("input", () => UpdateFormInput) input: UpdateFormInput,
    @Ctx() context: Context,
  ): Promise<UpdateFormPayload> {
    return { form: await updateForm(context.em, requireViewer(context), input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => DeleteFormPayload, {
    description:
      "Deletes a lead form: it leaves the list and its embed and submit URLs answer 410 Gone; the leads it captured stay.",
  })
  async deleteForm(
    @Arg("input", () => DeleteFormInput) input: DeleteFormInput,
    @Ctx() context: Context,
  ): Promise<DeleteFormPayload> {
    await deleteForm(context.em, requireViewer(context), input.id);
    return { id: input.id };
  }

  @FieldResolver(() => ID) campaignId(@Root() form: LeadForm): string {
    return form.campaign.id;
  }

  @FieldResolver(() => String, { description: "Path of the embeddable HTML snippet (GET, public)." })
  embedPath(@Root() form: LeadForm): string {
    return `/v1/forms/${form.id}/embed`;
  }
}
