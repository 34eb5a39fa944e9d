import type { Opt } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, ObjectType } from "type-graphql";
import { v7 as uuidv7 } from "uuid";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { User } from "../users/user.entity.js";

/** Everything an undo needs to put the leads back exactly as they were before the merge. */
export interface MergeSnapshot {
  /** Every lead of the merge (the master first) as its full row, `to_jsonb(lead)`. */
  leads: Record<string, unknown>[];
  /** Child rows re-pointed at the master, per table: row id and the lead it belonged to. */
  moved: Record<string, { id: string; from: string }[]>;
  /** Score-history rows the merge itself wrote (removed again by an undo). */
  historyIds: string[];
}

/** The audit row of one merge: who merged what into which lead, with the records as they were. */
@ObjectType({ description: "A merge of duplicate leads into a master lead; undoable for 7 days." })
@Entity({ tableName: "lead_merge" })
@Index({ properties: ["organization", "createdAt"] })
export class LeadMerge {
  @Field(() => ID) @PrimaryKey({ type: "uuid" }) id: string = uuidv7();

  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  @ManyToOne(() => Lead, { deleteRule: "cascade" }) master!: Lead;

  @Field(() => [ID], { description: "The leads merged into the master (soft-deleted by the merge)." })
  @Property({ type: "uuid[]" })
  mergedLeadIds!: string[];

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" }) mergedBy: User | null = null;

  /** Not exposed: it holds whole lead rows, readable through `lead` for those allowed. */
  @Property({ type: "jsonb", lazy: true })
  snapshot!: MergeSnapshot;

  @Field(() => Date) @Property({ type: "datetime", defaultRaw: "now()" }) createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: "Until when `undoMerge` can restore the records." })
  @Property({ type: "datetime" })
  undoableUntil!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  undoneAt: Date | null = null;
}
