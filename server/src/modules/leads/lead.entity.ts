import type { Opt } from "@mikro-orm/core";
import { Embedded, Entity, Enum, Index, ManyToOne, Property, Trigger } from "@mikro-orm/decorators/legacy";
import { ContactMethod, EnrichmentStatus, LeadStatus, LostReason } from "@leadline/shared";
import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../db/base-entity.js";
import { Organization } from "../organizations/organization.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { PipelineStage } from "../pipeline/pipeline-stage.entity.js";
import type { ScoreBreakdownItem } from "../scoring/score.types.js";
import { Campaign } from "../campaigns/campaign.entity.js";
import { ImportJob } from "../imports/import-job.entity.js";
import { Consent } from "./consent.embeddable.js";
import { LeadEnrichmentInfo } from "./lead-enrichment.types.js";

// A fresh object per property: MikroORM writes into the options it is given.
const nullableText = () => ({ type: "text", nullable: true }) as const;

// List indexes are partial (live leads only) and lead with the organisation, as every query does.
@ObjectType({
  description: "A person or company that may buy: the record everything in Leadline revolves around.",
})
@Entity({ tableName: "lead" })
@Index({
  name: "lead_org_created_idx",
  expression:
    "create index lead_org_created_idx on lead (organization_id, created_at desc, id desc) where deleted_at is null",
})
@Index({
  name: "lead_org_score_idx",
  expression:
    "create index lead_org_score_idx on lead (organization_id, score desc, id desc) where deleted_at is null",
})
@Index({
  name: "lead_org_status_idx",
  expression: "create index lead_org_status_idx on lead (organization_id, status) where deleted_at is null",
})
// A board column: its leads by score, and its count.
@Index({
  name: "lead_org_stage_score_idx",
  expression:
    "create index lead_org_stage_score_idx on lead (organization_id, stage_id, score desc, id desc) where deleted_at is null",
})
// Stale leads: "no activity in N days".
@Index({
  name: "lead_org_last_activity_idx",
  expression:
    "create index lead_org_last_activity_idx on lead (organization_id, (coalesce(last_activity_at, created_at))) where deleted_at is null",
})
// Stage and status always agree, whoever writes the row (an import, an integration, a migration): the
// functions are in the migration. Moves through the API also write history with the actor.
@Trigger({
  name: "lead_stage_sync",
  timing: "before",
  events: ["insert", "update"],
  forEach: "row",
  expression:
    "create trigger lead_stage_sync before insert or update of status, stage_id on lead for each row execute function lead_stage_sync()",
})
@Trigger({
  name: "lead_stage_change_on_insert",
  timing: "after",
  events: ["insert"],
  forEach: "statement",
  expression:
    "create trigger lead_stage_change_on_insert after insert on lead referencing new table as new_leads for each statement execute function lead_stage_change_on_insert()",
})
@Index({
  name: "lead_org_assignee_idx",
  expression:
    "create index lead_org_assignee_idx on lead (organization_id, assigned_to_id) where deleted_at is null",
})
@Index({
  name: "lead_sla_due_idx",
  expression:
    "create index lead_sla_due_idx on lead (sla_due_at) where first_contacted_at is null and sla_breached_at is null and deleted_at is null",
})
@Index({
  name: "lead_org_source_idx",
  expression: "create index lead_org_source_idx on lead (organization_id, source) where deleted_at is null",
})
@Index({
  name: "lead_org_campaign_idx",
  expression:
    "create index lead_org_campaign_idx on lead (organization_id, campaign) where deleted_at is null",
})
@Index({
  name: "lead_org_email_idx",
  expression: "create index lead_org_email_idx on lead (organization_id, email) where deleted_at is null",
})
@Index({
  name: "lead_source_campaign_idx",
  expression:
    "create index lead_source_campaign_idx on lead (source_campaign_id, created_at) where deleted_at is null",
})
@Index({
  name: "lead_org_phone_idx",
  expression: "create index lead_org_phone_idx on lead (organization_id, phone) where deleted_at is null",
})
// Imports match re-imported rows by the source system's id, and list or undo an import's leads.
@Index({
  name: "lead_org_external_id_idx",
  expression:
    "create index lead_org_external_id_idx on lead (organization_id, external_id) where deleted_at is null and external_id is not null",
})
@Index({
  name: "lead_import_job_idx",
  expression: "create index lead_import_job_idx on lead (import_job_id) where import_job_id is not null",
})
@Index({
  name: "lead_tags_idx",
  expression: "create index lead_tags_idx on lead using gin (tags) where deleted_at is null",
})
// Keep the search side table (lead_search) in step: new leads once per statement, edits only when the
// searched text changes or the lead is deleted or restored. The functions are in the lead_search migration.
@Trigger({
  name: "lead_search_on_insert",
  timing: "after",
  events: ["insert"],
  forEach: "statement",
  expression:
    "create trigger lead_search_on_insert after insert on lead referencing new table as new_leads for each statement execute function lead_search_on_insert()",
})
@Trigger({
  name: "lead_search_on_update",
  timing: "after",
  events: ["update"],
  forEach: "row",
  expression:
    "create trigger lead_search_on_update after update of first_name, last_name, email, company, deleted_at on lead for each row when (old.first_name is distinct from new.first_name or old.last_name is distinct from new.last_name or old.email is distinct from new.email or old.company is distinct from new.company or (old.deleted_at is null) <> (new.deleted_at is null)) execute function lead_search_on_update()",
})
export class Lead extends BaseEntity {
  @ManyToOne(() => Organization, { deleteRule: "cascade" })
  organization!: Organization;

  @Field(() => String, { nullable: true }) @Property(nullableText()) firstName: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) lastName: string | null = null;
  @Field(() => String, { nullable: true, description: "Lower-cased." }) @Property(nullableText()) email:
    string | null = null;
  @Field(() => String, { nullable: true, description: "E.164, e.g. +14155550123." })
  @Property(nullableText())
  phone: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) jobTitle: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) company: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) industry: string | null = null;
  @Field(() => String, { nullable: true, description: "A size band such as 51-200." })
  @Property(nullableText())
  companySize: string | null = null;
  @Field(() => Int, { nullable: true }) @Property({ type: "integer", nullable: true }) employees:
    number | null = null;
  @Field(() => Float, { nullable: true }) @Property({ type: "double", nullable: true }) annualRevenue:
    number | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) website: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) street: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) city: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) state: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) postalCode: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) country: string | null = null;
  @Field(() => String, { nullable: true, description: "Channel the lead came from, e.g. paid_search." })
  @Property(nullableText())
  source: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) campaign: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) utmSource: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) utmMedium: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) utmCampaign: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) utmTerm: string | null = null;
  @Field(() => String, { nullable: true }) @Property(nullableText()) utmContent: string | null = null;

  @Field(() => LeadStatus)
  @Enum({ items: () => LeadStatus, nativeEnumName: "lead_status" })
  status: Opt<LeadStatus> = LeadStatus.NEW;

  @Field(() => String, { nullable: true, description: "Why the lead was lost (set with status LOST)." })
  @Property(nullableText())
  lostReason: string | null = null;

  @Field(() => LostReason, { nullable: true, description: "Why the lead was lost, from the fixed list." })
  @Enum({ items: () => LostReason, nativeEnumName: "lost_reason", nullable: true })
  lostReasonCode: LostReason | null = null;

  /** Exposed by PipelineResolver (through a loader). Always set: the stage_sync trigger fills it in. */
  @ManyToOne(() => PipelineStage, { nullable: true, deleteRule: "no action" })
  stage: PipelineStage | null = null;

  @Field(() => Date, { nullable: true, description: "When the lead entered its current stage." })
  @Property({ type: "datetime", nullable: true })
  stageEnteredAt: Date | null = null;

  @Field(() => Float, { nullable: true, description: "What the deal is expected to be worth." })
  @Property({ type: "double", nullable: true })
  dealValue: number | null = null;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the last call, email, meeting, note or engagement happened (stale leads have none for long).",
  })
  @Property({ type: "datetime", nullable: true })
  lastActivityAt: Date | null = null;

  @Field(() => Int, { description: "Activities by people and by the lead (system entries not counted)." })
  @Property({ type: "integer", default: 0 })
  activitiesCount: Opt<number> = 0;

  @Field(() => Int, { description: "0-100: how likely the lead is to buy (the override while one is set)." })
  @Property({ type: "smallint", default: 0 })
  score: Opt<number> = 0;

  @Field(() => Int, { description: "The score the rules give, whether or not a person overrode it." })
  @Property({ type: "smallint", default: 0 })
  computedScore: Opt<number> = 0;

  @Field(() => Int, {
    nullable: true,
    description: "A score set by hand; while set, it is the lead's score.",
  })
  @Property({ type: "smallint", nullable: true })
  scoreOverride: number | null = null;

  @Field(() => String, { nullable: true, description: "Why the score was set by hand." })
  @Property({ type: "text", nullable: true })
  scoreOverrideReason: string | null = null;

  /** Exposed by LeadScoringResolver, which loads it in a batch for list rows that leave it out. */
  @Property({ type: "jsonb", defaultRaw: "'[]'" })
  scoreBreakdown: Opt<ScoreBreakdownItem[]> = [];

  @Field(() => String, { nullable: true, description: "A-D, from the score." })
  @Property({ type: "character(1)", nullable: true })
  grade: string | null = null;

  @Field(() => [String])
  @Property({ type: "text[]", defaultRaw: "'{}'" })
  tags: Opt<string[]> = [];

  @Field(() => Int) @Property({ type: "integer", default: 0 }) emailOpens: Opt<number> = 0;
  @Field(() => Int) @Property({ type: "integer", default: 0 }) emailClicks: Opt<number> = 0;
  @Field(() => Int) @Property({ type: "integer", default: 0 }) websiteVisits: Opt<number> = 0;
  @Field(() => Int) @Property({ type: "integer", default: 0 }) formSubmissions: Opt<number> = 0;
  @Field(() => Date, { nullable: true })
  @Property({ type: "datetime", nullable: true })
  lastEngagementAt: Date | null = null;

  @Field(() => Boolean) @Property({ type: "boolean", default: false }) doNotCall: Opt<boolean> = false;
  @Field(() => Boolean) @Property({ type: "boolean", default: false }) doNotEmail: Opt<boolean> = false;

  @Field(() => ContactMethod, { nullable: true })
  @Enum({ items: () => ContactMethod, nativeEnumName: "contact_method", nullable: true })
  preferredContactMethod: ContactMethod | null = null;

  @Field(() => Consent)
  @Embedded(() => Consent, { prefix: "consent_" })
  consent: Opt<Consent> = new Consent();

  @Field(() => GraphQLJSONObject, { description: "Organisation-specific fields, as a JSON object." })
  @Property({ type: "jsonb", defaultRaw: "'{}'" })
  customFields: Opt<Record<string, unknown>> = {};

  @Field(() => EnrichmentStatus, { description: "Whether local enrichment ran and learnt anything." })
  @Enum({
    items: () => EnrichmentStatus,
    nativeEnumName: "enrichment_status",
    default: EnrichmentStatus.PENDING,
  })
  enrichmentStatus: Opt<EnrichmentStatus> = EnrichmentStatus.PENDING;

  @Field(() => LeadEnrichmentInfo, {
    nullable: true,
    description: "What local enrichment learnt from the email domain and the phone number.",
  })
  @Property({ type: "jsonb", nullable: true })
  enrichment: LeadEnrichmentInfo | null = null;

  /** The campaign whose capture brought the lead in (the `campaign` text stays the name rules read). */
  @ManyToOne(() => Campaign, { nullable: true, deleteRule: "set null" })
  sourceCampaign: Campaign | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" })
  assignedTo: User | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When someone first reached out: the status left NEW, or an outbound activity was logged.",
  })
  @Property({ type: "datetime", nullable: true })
  firstContactedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "First contact is due by then (per grade; see slaSettings).",
  })
  @Property({ type: "datetime", nullable: true })
  slaDueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: "When the first-contact deadline was found missed." })
  @Property({ type: "datetime", nullable: true })
  slaBreachedAt: Date | null = null;

  /** The team whose queue holds the lead while nobody owns it (routing found no eligible rep). */
  @ManyToOne(() => Team, { nullable: true, deleteRule: "set null" })
  queueTeam: Team | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: "set null" })
  createdBy: User | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The lead's id in the system it was imported from (e.g. a Salesforce Lead Id).",
  })
  @Property(nullableText())
  externalId: string | null = null;

  /** The CSV import that created the lead (undoImport deletes its leads as a batch). */
  @ManyToOne(() => ImportJob, { nullable: true, deleteRule: "set null" })
  importJob: ImportJob | null = null;

  @Property({ type: "datetime", nullable: true })
  deletedAt: Date | null = null;
}
