import { Role } from "@leadline/shared";
import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import type { Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { selectsField } from "../../graphql/selection.js";
import { Topic, type LeadEventPayload } from "../../realtime/pubsub.js";
import { User } from "../users/user.entity.js";
import { Lead } from "./lead.entity.js";
import { CreateLeadInput, LeadsArgs, UpdateLeadInput } from "./lead.inputs.js";
import { LeadService } from "./lead.service.js";
import {
  CreateLeadPayload,
  DeleteLeadPayload,
  LeadConnection,
  LeadEvent,
  UpdateLeadPayload,
} from "./lead.types.js";
import { loadLeadForEvent } from "./lead-events.js";

const service = (context: Context) => new LeadService(context.em, requireViewer(context), context.services);

@Resolver(() => Lead)
export class LeadResolver {
  @Authorized()
  @Query(() => LeadConnection, {
    description: "Leads of the viewer's organisation, filtered, searched and paged.",
  })
  leads(
    @Args(() => LeadsArgs) args: LeadsArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Lead>> {
    return service(context).list(args, selectsField(info, "totalCount"));
  }

  @Authorized()
  @Query(() => Lead, {
    nullable: true,
    description: "One lead; null when it does not exist in the viewer's organisation.",
  })
  lead(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Lead | null> {
    return service(context).find(id);
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => CreateLeadPayload, {
    description:
      "Creates a lead after a duplicate check (see `onDuplicate`). A MEMBER's new lead is assigned to them unless they say otherwise.",
  })
  async createLead(
    @Arg("input", () => CreateLeadInput) input: CreateLeadInput,
    @Ctx() context: Context,
  ): Promise<CreateLeadPayload> {
    return service(context).create(input);
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => UpdateLeadPayload, {
    description: "Changes a lead. MEMBERs may change only their own leads.",
  })
  async updateLead(
    @Arg("input", () => UpdateLeadInput) input: UpdateLeadInput,
    @Ctx() context: Context,
  ): Promise<UpdateLeadPayload> {
    return { lead: await service(context).update(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => DeleteLeadPayload, { description: "Soft-deletes a lead (MANAGER and above)." })
  async deleteLead(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<DeleteLeadPayload> {
    const lead = await service(context).delete(id);
    return { id: lead.id, lead };
  }

  @Authorized()
  @Subscription(() => LeadEvent, {
    description:
      "Every lead created, changed or deleted in the viewer's organisation, after it is committed.",
    topics: Topic.LEAD_EVENTS,
    topicId: ({ context }: { context: Context }) => requireViewer(context).organizationId,
  })
  async leadEvents(@Root() event: LeadEventPayload, @Ctx() context: Context): Promise<LeadEvent> {
    return { type: event.type, lead: await loadLeadForEvent(context, event.leadId) };
  }

  @FieldResolver(() => String, {
    description: "First and last name, or the email or company when there is no name.",
  })
  fullName(@Root() lead: Lead): string {
    return (
      [lead.firstName, lead.lastName].filter(Boolean).join(" ") ||
      lead.email ||
      lead.company ||
      "Unnamed lead"
    );
  }

  @FieldResolver(() => User, { nullable: true, description: "The owner working the lead." })
  assignedTo(@Root() lead: Lead, @Ctx() context: Context): Promise<User | null> {
    return lead.assignedTo ? context.loaders.user.load(lead.assignedTo.id) : Promise.resolve(null);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Who created the lead; null for leads that came in by a channel.",
  })
  createdBy(@Root() lead: Lead, @Ctx() context: Context): Promise<User | null> {
    return lead.createdBy ? context.loaders.user.load(lead.createdBy.id) : Promise.resolve(null);
  }
}
