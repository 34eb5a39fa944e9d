import { Role } from "@leadline/shared";
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";
import { SlaSettings } from "./sla.entity.js";

@InputType({
  description:
    "First-contact deadlines in minutes (1 to 43,200) and escalation; only the fields given change.",
})
class UpdateSlaSettingsInput {
  @Field(() => Int, { nullable: true }) gradeAMinutes?: number;
  @Field(() => Int, { nullable: true }) gradeBMinutes?: number;
  @Field(() => Int, { nullable: true }) otherMinutes?: number;
  @Field(() => Boolean, { nullable: true }) escalate?: boolean;
}

const MINUTE_FIELDS = ["gradeAMinutes", "gradeBMinutes", "otherMinutes"] as const;

@Resolver()
export class SlaResolver {
  @Authorized()
  @Query(() => SlaSettings, {
    description: "The organisation's first-contact deadlines (defaults until changed).",
  })
  async slaSettings(@Ctx() context: Context): Promise<SlaSettings> {
    const { organizationId } = requireViewer(context);
    return (
      (await context.em.findOne(SlaSettings, { organization: organizationId })) ??
      context.em.create(SlaSettings, { organization: organizationId }, { persist: false })
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SlaSettings, {
    description: "Changes first-contact deadlines and escalation (ADMIN and OWNER); applies to new leads.",
  })
  async updateSlaSettings(
    @Arg("input", () => UpdateSlaSettingsInput) input: UpdateSlaSettingsInput,
    @Ctx() context: Context,
  ): Promise<SlaSettings> {
    const { organizationId } = requireViewer(context);
    const settings =
      (await context.em.findOne(SlaSettings, { organization: organizationId })) ??
      context.em.create(SlaSettings, { organization: organizationId });
    for (const field of MINUTE_FIELDS) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      if (!Number.isInteger(value) || value < 1 || value > 43_200)
        throw badInput(field, "must be whole minutes from 1 to 43200");
      settings[field] = value;
    }
    if (input.escalate !== undefined && input.escalate !== null) settings.escalate = input.escalate;
    await context.em.persist(settings).flush();
    return settings;
  }
}
