import { Role, roleAtLeast } from "@leadline/shared";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ConnectionType, type Connection } from "../../graphql/connection.js";
import { requireViewer, type Context } from "../../graphql/context.js";
import { findOffsetPage, NEWEST_CREATED_FIRST, offsetPage, PageArgs } from "../../graphql/offset-page.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadService } from "../leads/lead.service.js";
import { ScoreChangeReason } from "../scoring/lead-score.entity.js";
import { ScoringService } from "../scoring/scoring.service.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { RoutingAdminService } from "./assignment-rule.service.js";
import { AssignmentService } from "./assignment.service.js";
import { AssignmentRule, AssignmentType, LeadAssignment, SalesProfile } from "./routing.entities.js";
import {
  AssignLeadInput,
  BulkAssignLeadsInput,
  ClaimLeadInput,
  CreateAssignmentRuleInput,
  DeleteAssignmentRuleInput,
  ReorderAssignmentRulesInput,
  TestAssignmentInput,
  UpdateAssignmentRuleInput,
  UpdateSalesProfileInput,
} from "./routing.inputs.js";
import { RoutingService } from "./routing.service.js";
import { publishWorkloadChanged } from "./workload-events.js";

@ObjectType()
class AssignmentRulePayload {
  @Field(() => AssignmentRule) rule!: AssignmentRule;
}

@ObjectType()
class DeleteAssignmentRulePayload {
  @Field(() => ID) id!: string;
}

@ObjectType()
class ReorderAssignmentRulesPayload {
  @Field(() => [AssignmentRule]) rules!: AssignmentRule[];
}

@ObjectType()
class BulkAssignLeadsPayload {
  @Field(() => Int, {
    description: "Leads that changed owner (those already the rep's are left as they are).",
  })
  assigned!: number;
}

@ObjectType()
class SalesProfilePayload {
  @Field(() => SalesProfile) profile!: SalesProfile;
}

@ObjectType()
class LeadAssignmentPayload {
  @Field(() => Lead) lead!: Lead;
}

@ObjectType({
  description: "Which rule and rep a lead would get now (nothing is written, no turn is taken).",
})
class AssignmentTest {
  @Field(() => AssignmentRule, {
    nullable: true,
    description: "Null: no rule matches; the lead stays unassigned.",
  })
  rule!: AssignmentRule | null;
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => Team, { nullable: true, description: "The queue it would wait in when no rep is eligible." })
  queueTeam!: Team | null;
  @Field(() => AssignmentType, { nullable: true }) type!: AssignmentType | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

const AssignmentRuleConnection = ConnectionType(AssignmentRule, "AssignmentRule");
const LeadAssignmentConnection = ConnectionType(LeadAssignment, "LeadAssignment");

const admin = (context: Context) => new RoutingAdminService(context.em, requireViewer(context));

/** Routing administration, manual assignment and claims. */
@Resolver()
export class RoutingResolver {
  @Authorized()
  @Query(() => AssignmentRuleConnection, { description: "Assignment rules, in the order they are tried." })
  assignmentRules(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<AssignmentRule>> {
    return offsetPage(page, (offset, limit) => admin(context).listRules(offset, limit));
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => AssignmentRulePayload, { description: "Adds an assignment rule (MANAGER and above)." })
  async createAssignmentRule(
    @Arg("input", () => CreateAssignmentRuleInput) input: CreateAssignmentRuleInput,
    @Ctx() context: Context,
  ): Promise<AssignmentRulePayload> {
    return { rule: await admin(context).createRule(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => AssignmentRulePayload, { description: "Changes an assignment rule (MANAGER and above)." })
  async updateAssignmentRule(
    @Arg("input", () => UpdateAssignmentRuleInput) input: UpdateAssignmentRuleInput,
    @Ctx() context: Context,
  ): Promise<AssignmentRulePayload> {
    return { rule: await admin(context).updateRule(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => DeleteAssignmentRulePayload, {
    description: "Removes an assignment rule (MANAGER and above).",
  })
  async deleteAssignmentRule(
    @Arg("input", () => DeleteAssignmentRuleInput) input: DeleteAssignmentRuleInput,
    @Ctx() context: Context,
  ): Promise<DeleteAssignmentRulePayload> {
    return { id: await admin(context).deleteRule(input.id) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => ReorderAssignmentRulesPayload, { description: "Sets the order rules are tried in." })
  async reorderAssignmentRules(
    @Arg("input", () => ReorderAssignmentRulesInput) input: ReorderAssignmentRulesInput,
    @Ctx() context: Context,
  ): Promise<ReorderAssignmentRulesPayload> {
    return { rules: await admin(context).reorderRules(input) };
  }

  @Authorized()
  @Query(() => [SalesProfile], { description: "Routing settings of the organisation's reps who have any." })
  salesProfiles(@Ctx() context: Context): Promise<SalesProfile[]> {
    return context.em.find(SalesProfile, { organization: requireViewer(context).organizationId });
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => SalesProfilePayload, {
    description:
      "Changes a rep's routing settings (MANAGER and above; a rep may switch their own availability).",
  })
  async updateSalesProfile(
    @Arg("input", () => UpdateSalesProfileInput) input: UpdateSalesProfileInput,
    @Ctx() context: Context,
  ): Promise<SalesProfilePayload> {
    const viewer = requireViewer(context);
    const profile = await admin(context).updateProfile(input, roleAtLeast(viewer.role, Role.MANAGER));
    publishWorkloadChanged(context.services.pubSub, viewer.organizationId, { userIds: [input.userId] });
    return { profile };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => LeadAssignmentPayload, {
    description: "Gives a lead to a rep, with a reason (MANAGER and above).",
  })
  async assignLead(
    @Arg("input", () => AssignLeadInput) input: AssignLeadInput,
    @Ctx() context: Context,
  ): Promise<LeadAssignmentPayload> {
    const service = new AssignmentService(context.em, requireViewer(context), context.services);
    return { lead: await service.assign(input) };
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => BulkAssignLeadsPayload, {
    description:
      "Gives up to 1,000 leads to one rep in one transaction, with capacity checks (MANAGER and above).",
  })
  async bulkAssignLeads(
    @Arg("input", () => BulkAssignLeadsInput) input: BulkAssignLeadsInput,
    @Ctx() context: Context,
  ): Promise<BulkAssignLeadsPayload> {
    const service = new AssignmentService(context.em, requireViewer(context), context.services);
    return { assigned: await service.bulkAssign(input) };
  }

  @Authorized(Role.MEMBER)
  @Mutation(() => LeadAssignmentPayload, {
    description: "Takes an unassigned lead (from your team's queue); CONFLICT when someone else was first.",
  })
  async claimLead(
    @Arg("input", () => ClaimLeadInput) input: ClaimLeadInput,
    @Ctx() context: Context,
  ): Promise<LeadAssignmentPayload> {
    const service = new AssignmentService(context.em, requireViewer(context), context.services);
    return { lead: await service.claim(input.leadId) };
  }

  @Authorized(Role.MANAGER)
  @Query(() => AssignmentTest, { description: "Which rule and rep a lead like this would get now." })
  async testAssignment(
    @Arg("input", () => TestAssignmentInput) input: TestAssignmentInput,
    @Ctx() context: Context,
  ): Promise<AssignmentTest> {
    const viewer = requireViewer(context);
    const lead = new LeadService(context.em, viewer, context.services).draft(input.lead);
    await new ScoringService(context.em, viewer.organizationId).applyScore(
      lead,
      ScoreChangeReason.CREATED,
      null,
    );
    const decision = await new RoutingService(context.em, viewer.organizationId).decide(
      lead,
      new Date(),
      true,
    );
    context.em.clear(); // the draft and its score row must never be flushed
    return {
      rule: decision?.rule ?? null,
      user: decision?.userId ? await context.loaders.user.load(decision.userId) : null,
      queueTeam:
        !decision?.userId && decision?.queueTeamId
          ? await context.em.findOne(Team, decision.queueTeamId)
          : null,
      type: decision?.type ?? null,
      reason: decision?.reason ?? null,
    };
  }
}

@Resolver(() => AssignmentRule)
export class AssignmentRuleFieldsResolver {
  @FieldResolver(() => Team, { nullable: true }) team(@Root() rule: AssignmentRule, @Ctx() context: Context) {
    return rule.team ? context.em.findOne(Team, rule.team.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The rep of a SPECIFIC_USER rule." })
  user(@Root() rule: AssignmentRule, @Ctx() context: Context) {
    return rule.user ? context.loaders.user.load(rule.user.id) : null;
  }
}

@Resolver(() => SalesProfile)
export class SalesProfileFieldsResolver {
  @FieldResolver(() => User) user(@Root() profile: SalesProfile, @Ctx() context: Context) {
    return context.loaders.user.load(profile.user.id);
  }
}

@Resolver(() => LeadAssignment)
export class LeadAssignmentFieldsResolver {
  @FieldResolver(() => User, { nullable: true }) fromUser(
    @Root() row: LeadAssignment,
    @Ctx() context: Context,
  ) {
    return row.fromUser ? context.loaders.user.load(row.fromUser.id) : null;
  }
  @FieldResolver(() => User, { nullable: true }) toUser(
    @Root() row: LeadAssignment,
    @Ctx() context: Context,
  ) {
    return row.toUser ? context.loaders.user.load(row.toUser.id) : null;
  }
  @FieldResolver(() => User, { nullable: true, description: "Who did it; null for routing rules." })
  assignedBy(@Root() row: LeadAssignment, @Ctx() context: Context) {
    return row.assignedBy ? context.loaders.user.load(row.assignedBy.id) : null;
  }
  @FieldResolver(() => AssignmentRule, { nullable: true, description: "The routing rule that decided it." })
  rule(@Root() row: LeadAssignment, @Ctx() context: Context) {
    return row.rule ? context.em.findOne(AssignmentRule, row.rule.id) : null;
  }
}

@Resolver(() => Lead)
export class LeadRoutingResolver {
  // One query per lead asked for: meant for the lead page.
  @FieldResolver(() => LeadAssignmentConnection, { description: "Every change of owner, newest first." })
  assignmentHistory(
    @Root() lead: Lead,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<LeadAssignment>> {
    return findOffsetPage(context.em, LeadAssignment, { lead: lead.id }, NEWEST_CREATED_FIRST, page);
  }

  @FieldResolver(() => Team, {
    nullable: true,
    description: "The team queue the lead waits in while unassigned.",
  })
  queueTeam(@Root() lead: Lead, @Ctx() context: Context) {
    return lead.queueTeam ? context.em.findOne(Team, lead.queueTeam.id) : null;
  }
}
