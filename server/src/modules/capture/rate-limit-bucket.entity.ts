import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * The table rate-limiter-flexible's PostgreSQL store uses (its own schema, declared here so that the
 * migrations create it and every instance shares it). Only the library reads and writes it.
 */
@Entity({ tableName: "rate_limit" })
export class RateLimitBucket {
  @PrimaryKey({ type: "varchar(255)" }) key!: string;
  @Property({ type: "integer", default: 0 }) points!: number;
  @Property({ type: "bigint", nullable: true }) expire: string | null = null;
}
