import { ConditionMatch, TerritoryDistribution, type RoutingCondition } from "@leadline/shared";
import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { RoutingConditionType } from "./routing.entities.js";
import { bumpsRoutingVersion } from "./routing-version.js";

registerEnumType(TerritoryDistribution, {
  name: "TerritoryDistribution",
  description: "How a team-owned territory shares its leads among the team's reps.",
  valuesConfig: {
    ROUND_ROBIN: { description: "Each eligible rep in turn." },
    LEAST_LOADED: { description: "The eligible rep with the most room today." },
  },
});

/**
 * A sales territory: the leads meeting its criteria (country, state, industry, company size, revenue)
 * belong to its owner, a rep or a team. TERRITORY assignment rules route through the first match,
 * highest priority first.
 */
@ObjectType({ description: "Leads by place, industry, size or revenue, owned by a rep or a team." })
@Entity({ tableName: "territory" })
@bumpsRoutingVersion("territory")
@Index({ properties: ["organization", "priority"] })
export class Territory extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @Field({ description: "Shown in the routing admin and in assignment reasons." })
  @Property({ type: "text" })
  name!: string;

  @Field(() => Int, { description: "Higher is tried first; the first territory a lead matches wins." })
  @Property({ type: "integer", default: 0 })
  priority: Opt<number> = 0;

  @Field(() => Boolean, { description: "Inactive territories are skipped." })
  @Property({ type: "boolean", default: true })
  active: Opt<boolean> = true;

  @Field(() => [RoutingConditionType], {
    description: "Tests on country, state, industry, companySize, employees or annualRevenue (at least one).",
  })
  @Property({ type: "jsonb" })
  criteria!: RoutingCondition[];

  @Field(() => ConditionMatch, { description: "All criteria must hold, or any." })
  @Enum({ items: () => ConditionMatch, nativeEnumName: "condition_match", default: ConditionMatch.ALL })
  criteriaMatch: Opt<ConditionMatch> = ConditionMatch.ALL;

  /** Exactly one of team and user owns the territory. */
  @ManyToOne(() => Team, { nullable: true, deleteRule: "cascade" }) team: Team | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: "cascade" }) user: User | null = null;

  @Field(() => TerritoryDistribution, {
    description: "For a team-owned territory: how its reps share the leads.",
  })
  @Enum({
    items: () => TerritoryDistribution,
    nativeEnumName: "territory_distribution",
    default: TerritoryDistribution.ROUND_ROBIN,
  })
  distribution: Opt<TerritoryDistribution> = TerritoryDistribution.ROUND_ROBIN;

  /** Round-robin counter of a team-owned territory, stepped like AssignmentRule.turn (outside the transaction). */
  @Property({ type: "bigint", default: 0 }) turn: Opt<number> = 0;
}
