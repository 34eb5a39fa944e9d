import {
  evaluateQualification,
  Role,
  validateQualificationCriteria,
  type ScorableLead,
} from "@leadline/shared";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput, notFound } from "../../graphql/errors.js";
import { Lead } from "../leads/lead.entity.js";
import { QualificationCriteria } from "./qualification-criteria.entity.js";
import {
  DeleteQualificationCriteriaInput,
  LeadQualification,
  SetQualificationCriteriaInput,
} from "./qualification.types.js";

@ObjectType()
class QualificationCriteriaPayload {
  @Field(() => QualificationCriteria) criteria!: QualificationCriteria;
}

/** MQL/SQL/HOT criteria (ADMIN and OWNER edit them) and each lead's stage against them. */
@Resolver(() => Lead)
export class QualificationResolver {
  @Authorized()
  @Query(() => [QualificationCriteria], {
    description: "The organisation's stage criteria (at most one per stage, so not paged).",
  })
  qualificationCriteria(@Ctx() context: Context): Promise<QualificationCriteria[]> {
    return context.loaders.qualificationCriteria.load(requireViewer(context).organizationId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => QualificationCriteriaPayload, { description: "Creates or replaces what a stage needs." })
  async setQualificationCriteria(
    @Arg("input", () => SetQualificationCriteriaInput) input: SetQualificationCriteriaInput,
    @Ctx() context: Context,
  ): Promise<QualificationCriteriaPayload> {
    const { organizationId } = requireViewer(context);
    const definition = { ...input, withinDays: input.withinDays ?? null };
    const [error] = validateQualificationCriteria(definition);
    if (error) throw badInput(error.field, error.message);
    const criteria =
      (await context.em.findOne(QualificationCriteria, {
        organization: organizationId,
        stage: input.stage,
      })) ?? context.em.create(QualificationCriteria, { ...definition, organization: organizationId });
    context.em.assign(criteria, definition);
    await context.em.persist(criteria).flush();
    return { criteria };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => QualificationCriteriaPayload, {
    description: "Removes a stage's criteria: no lead reaches that stage any more.",
  })
  async deleteQualificationCriteria(
    @Arg("input", () => DeleteQualificationCriteriaInput) input: DeleteQualificationCriteriaInput,
    @Ctx() context: Context,
  ): Promise<QualificationCriteriaPayload> {
    const criteria = await context.em.findOne(QualificationCriteria, {
      organization: requireViewer(context).organizationId,
      stage: input.stage,
    });
    if (!criteria) throw notFound("Qualification criteria");
    await context.em.remove(criteria).flush();
    return { criteria };
  }

  // Activity types come from the timeline (the latest of each type, one batch per page of leads).
  @FieldResolver(() => LeadQualification, {
    description: "The highest stage the lead meets, and what it lacks for the others.",
  })
  async qualification(@Root() lead: Lead, @Ctx() context: Context): Promise<LeadQualification> {
    const [criteria, activities] = await Promise.all([
      context.loaders.qualificationCriteria.load(requireViewer(context).organizationId),
      context.loaders.activityTypesOfLead.load(lead.id),
    ]);
    return evaluateQualification(criteria, lead as unknown as ScorableLead, lead.score, activities, {
      now: context.services.clock.now(),
    });
  }
}
