import { Entity, OneToOne, Property, Trigger } from "@mikro-orm/decorators/legacy";
import type { Opt } from "@mikro-orm/core";
import { DEFAULT_GRADE_THRESHOLDS, type ScoringCategory } from "@leadline/shared";
import { Organization } from "../organizations/organization.entity.js";

export const DEFAULT_DECAY_POINTS_PER_WEEK = 5;

/** An organisation's scoring knobs; absent until an admin changes them, so defaults apply. */
@Entity({ tableName: "scoring_settings" })
@Trigger({
  name: "scoring_settings_bumps_scoring_version",
  timing: "after",
  events: ["insert", "update", "delete"],
  forEach: "row",
  expression:
    "create trigger scoring_settings_bumps_scoring_version after insert or update or delete on scoring_settings for each row execute function bump_scoring_version()",
})
export class ScoringSettings {
  @OneToOne(() => Organization, { primary: true, owner: true, deleteRule: "cascade" })
  organization!: Organization;

  /** Lowest score of grades A, B and C. */
  @Property({ type: "smallint", default: DEFAULT_GRADE_THRESHOLDS.A }) gradeA: Opt<number> =
    DEFAULT_GRADE_THRESHOLDS.A;
  @Property({ type: "smallint", default: DEFAULT_GRADE_THRESHOLDS.B }) gradeB: Opt<number> =
    DEFAULT_GRADE_THRESHOLDS.B;
  @Property({ type: "smallint", default: DEFAULT_GRADE_THRESHOLDS.C }) gradeC: Opt<number> =
    DEFAULT_GRADE_THRESHOLDS.C;

  /** Points a lead loses per whole week without activity (score aging); 0 turns decay off. */
  @Property({ type: "smallint", default: DEFAULT_DECAY_POINTS_PER_WEEK }) decayPointsPerWeek: Opt<number> =
    DEFAULT_DECAY_POINTS_PER_WEEK;

  /** Most positive points a category may add, e.g. { "DEMOGRAPHIC": 30 }; absent categories are uncapped. */
  @Property({ type: "jsonb", defaultRaw: "'{}'" }) categoryCaps: Opt<
    Partial<Record<ScoringCategory, number>>
  > = {};
}
