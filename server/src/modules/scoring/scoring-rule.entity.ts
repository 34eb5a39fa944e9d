import type { Opt } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, Property, Trigger } from "@mikro-orm/decorators/legacy";
import { ScoringCategory, ScoringOperator, type ScoringValue } from "@leadline/shared";
import { GraphQLJSON } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";

@ObjectType({
  description: "A scoring rule: when the lead's `field` satisfies `operator` `value`, add `points`.",
})
@Entity({ tableName: "scoring_rule" })
@Trigger({
  name: "scoring_rule_bumps_scoring_version",
  timing: "after",
  events: ["insert", "update", "delete"],
  forEach: "row",
  expression:
    "create trigger scoring_rule_bumps_scoring_version after insert or update or delete on scoring_rule for each row execute function bump_scoring_version()",
})
@Index({ properties: ["organization", "active"] })
export class ScoringRule extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" })
  organization!: Organization;

  @Field() @Property({ type: "text" }) name!: string;

  @Field(() => String, { nullable: true }) @Property({ type: "text", nullable: true }) description:
    string | null = null;

  @Field(() => ScoringCategory)
  @Enum({ items: () => ScoringCategory, nativeEnumName: "scoring_category" })
  category!: ScoringCategory;

  @Field({ description: "A lead field, `customFields.<key>`, or a computed field such as emailDomainType." })
  @Property({ type: "text" })
  field!: string;

  @Field(() => ScoringOperator)
  @Enum({ items: () => ScoringOperator, nativeEnumName: "scoring_operator" })
  operator!: ScoringOperator;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: "A string, number, boolean, list, or [min, max] for BETWEEN.",
  })
  @Property({ type: "jsonb", nullable: true })
  value: ScoringValue = null;

  @Field(() => Int, {
    description: "Points added when the rule matches (negative to subtract), -100 to 100.",
  })
  @Property({ type: "smallint" })
  points!: number;

  @Field(() => Int, {
    description: "Higher runs first; within an exclusive group only the first match counts.",
  })
  @Property({ type: "integer", default: 0 })
  priority: Opt<number> = 0;

  @Field(() => String, {
    nullable: true,
    description: "Rules sharing a group are alternatives: one of them counts at most.",
  })
  @Property({ type: "text", nullable: true })
  exclusiveGroup: string | null = null;

  @Field(() => Boolean) @Property({ type: "boolean", default: true }) active: Opt<boolean> = true;
}
