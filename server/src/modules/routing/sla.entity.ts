import type { Opt } from "@mikro-orm/core";
import { Entity, OneToOne, Property, Trigger } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType } from "type-graphql";
import { Organization } from "../organizations/organization.entity.js";

/** Default first-contact deadlines, in minutes: grade A 30 minutes, B 4 hours, C and D 24 hours. */
export const DEFAULT_SLA_MINUTES = { A: 30, B: 240, OTHER: 1_440 } as const;

/** An organisation's first-contact deadlines per grade and what happens on a breach. Absent: defaults. */
@ObjectType({ description: "Maximum time to first contact per grade, and escalation." })
@Entity({ tableName: "sla_settings" })
@Trigger({
  name: "sla_settings_bumps_scoring_version",
  timing: "after",
  events: ["insert", "update", "delete"],
  forEach: "row",
  expression:
    "create trigger sla_settings_bumps_scoring_version after insert or update or delete on sla_settings for each row execute function bump_scoring_version()",
})
export class SlaSettings {
  @OneToOne(() => Organization, { primary: true, owner: true, deleteRule: "cascade" })
  organization!: Organization;

  @Field(() => Int, { description: "Minutes to first contact for grade A leads." })
  @Property({ type: "integer", default: DEFAULT_SLA_MINUTES.A })
  gradeAMinutes: Opt<number> = DEFAULT_SLA_MINUTES.A;

  @Field(() => Int, { description: "Minutes to first contact for grade B leads." })
  @Property({ type: "integer", default: DEFAULT_SLA_MINUTES.B })
  gradeBMinutes: Opt<number> = DEFAULT_SLA_MINUTES.B;

  @Field(() => Int, { description: "Minutes to first contact for other leads." })
  @Property({ type: "integer", default: DEFAULT_SLA_MINUTES.OTHER })
  otherMinutes: Opt<number> = DEFAULT_SLA_MINUTES.OTHER;

  @Field(() => Boolean, { description: "On a breach, route the lead again to another rep (ESCALATION)." })
  @Property({ type: "boolean", default: false })
  escalate: Opt<boolean> = false;
}

/** Minutes to first contact for a lead of `grade` under `settings` (or the defaults). */
export function slaMinutes(grade: string | null, settings: SlaSettings | null): number {
  if (grade === "A") return settings?.gradeAMinutes ?? DEFAULT_SLA_MINUTES.A;
  if (grade === "B") return settings?.gradeBMinutes ?? DEFAULT_SLA_MINUTES.B;
  return settings?.otherMinutes ?? DEFAULT_SLA_MINUTES.OTHER;
}
