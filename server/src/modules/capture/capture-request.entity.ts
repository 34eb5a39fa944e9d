import type { Opt } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { v7 as uuidv7 } from "uuid";
import { Campaign } from "../campaigns/campaign.entity.js";

/**
 * The first answer to a capture request sent with an `Idempotency-Key`, stored in the same transaction
 * as the lead: a retry with the same key gets this answer back and creates nothing.
 */
@Entity({ tableName: "capture_request" })
@Unique({ properties: ["campaign", "key"] })
@Index({ properties: ["createdAt"] }) // the retention job deletes by age (capture-retention.ts)
export class CaptureRequest {
  @PrimaryKey({ type: "uuid" }) id: string = uuidv7();
  @ManyToOne(() => Campaign, { deleteRule: "cascade" }) campaign!: Campaign;
  @Property({ type: "text" }) key!: string;
  /** SHA-256 of the body: the same key with another body is refused, not answered with the old lead. */
  @Property({ type: "text" }) requestHash!: string;
  @Property({ type: "smallint", nullable: true }) statusCode: number | null = null;
  @Property({ type: "jsonb", nullable: true }) response: unknown = null;
  @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();
}
