import type { Opt } from "@mikro-orm/core";
import { Entity, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";

@ObjectType({
  description: "A customer of Leadline: every other record belongs to exactly one organisation.",
})
@Entity({ tableName: "organization" })
export class Organization extends BaseEntity {
  @Field({ description: "Display name, e.g. Acme Corp." })
  @Property({ type: "text" })
  name!: string;

  @Field({ description: "URL-safe unique handle, used to pick an organisation at login." })
  @Property({ type: "text" })
  @Unique()
  slug!: string;

  /** API-key requests this organisation may make per hour; null: the API_RATE_LIMIT_PER_ORG_HOUR default. */
  @Property({ type: "integer", nullable: true })
  apiRequestsPerHour: number | null = null;

  /**
   * Moved by triggers on every change to scoring rules, scoring settings and SLA settings (see the
   * scoring_version migration): what a cached scoring context of the organisation is checked against.
   */
  @Property({ type: "integer", default: 0 })
  scoringVersion: Opt<number> = 0;

  /**
   * Moved by triggers on every change to assignment rules, territories and teams, but not by round-robin
   * turns (see the routing_version migration): what a cached routing setup of the organisation is checked against.
   */
  @Property({ type: "integer", default: 0 })
  routingVersion: Opt<number> = 0;
}
