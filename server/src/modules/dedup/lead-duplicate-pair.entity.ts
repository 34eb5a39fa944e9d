import { Check, Entity, Index, ManyToOne, Property } from "@mikro-orm/decorators/legacy";
import { Lead } from "../leads/lead.entity.js";
import { Organization } from "../organizations/organization.entity.js";

/**
 * Two live-at-the-time leads that the duplicate rule matched, stored once (`lead` < `duplicate` by id)
 * when either was last checked; the cluster report reads these. Written by SQL only (duplicate-pairs.ts).
 */
@Entity({ tableName: "lead_duplicate_pair" })
@Index({ name: "lead_duplicate_pair_duplicate_idx", properties: ["duplicate"] })
@Index({ name: "lead_duplicate_pair_org_idx", properties: ["organization"] })
@Check({ expression: "lead_id < duplicate_id" })
export class LeadDuplicatePair {
  @ManyToOne(() => Lead, { primary: true, deleteRule: "cascade" }) lead!: Lead;

  @ManyToOne(() => Lead, { primary: true, deleteRule: "cascade" }) duplicate!: Lead;

  @ManyToOne(() => Organization, { deleteRule: "cascade" }) organization!: Organization;

  /** EMAIL, PHONE or NAME_COMPANY: the strongest reason the rule gave. */
  @Property({ type: "text" }) reason!: string;

  @Property({ type: "real" }) similarity!: number;
}
