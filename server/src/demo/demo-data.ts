import { Faker, en } from "@faker-js/faker";
import {
  categoryOfStatus,
  matchesConditions,
  Role,
  RoutingStrategy,
  Seniority,
  StageCategory,
  type ScorableLead,
} from "@leadline/shared";
import type { Config } from "../config.js";
import { StartupLock, withAdvisoryLock } from "../db/admin.js";
import type { Database } from "../db/database.js";
import type { EntityManager } from "../db/orm.js";
import type { Logger } from "../logger.js";
import { hashPassword } from "../modules/auth/password.js";
import type { Campaign } from "../modules/campaigns/campaign.entity.js";
import { Lead } from "../modules/leads/lead.entity.js";
import { Organization } from "../modules/organizations/organization.entity.js";
import { AssignmentRule, SalesProfile } from "../modules/routing/routing.entities.js";
import { Team, TeamType } from "../modules/users/team.entity.js";
import { User } from "../modules/users/user.entity.js";
import { createPipelineDefaults } from "../modules/pipeline/pipeline-defaults.js";
import { createScoringDefaults } from "../modules/scoring/default-rules.js";
import { ScoreChangeReason } from "../modules/scoring/lead-score.entity.js";
import { ScoringService, toRuleDefinition } from "../modules/scoring/scoring.service.js";
import { checkEveryOrganization } from "../modules/dedup/duplicate-pairs.js";
import { startSlaClock } from "../modules/routing/sla.service.js";
import { createDemoCampaigns, createDemoForm, FORM_CAMPAIGN, logDemoCaptures } from "./demo-campaigns.js";
import { demoDealValue, demoLead } from "./demo-leads.js";
import { demoPipelinePast, replaceDemoHistory, type DemoStay } from "./demo-pipeline.js";
import { demoFirstContact } from "./demo-sla.js";

export const DEMO_PASSWORD = "leadline-demo";
const REPS = [1, 2, 3, 4, 5, 6].map((n) => `rep${n}@acme.example`);
export const DEMO_ACCOUNTS = [
  "admin@acme.example",
  "manager@acme.example",
  ...REPS,
  "viewer@acme.example",
  "admin@globex.example",
];

/**
 * Loads the demo when asked (DEMO_DATA=1) or, by default, into an empty embedded database.
 * Never into an external database unless DEMO_DATA=1; never twice.
 */
export async function loadDemoDataIfWanted(
  database: Database,
  config: Config,
  logger: Logger,
): Promise<void> {
  if (config.demoData === "off" || (config.demoData === "auto" && !database.embedded)) return;
  // Under a lock: two instances starting on one empty database must not both seed it.
  await withAdvisoryLock(database.clientUrl, StartupLock.DEMO_DATA, async () => {
    const em = database.orm.em.fork();
    const existing = await em.count(Organization, config.demoData === "auto" ? {} : { slug: "acme" });
    if (existing > 0) return;
    const started = Date.now();
    await em.transactional((tx) => seedDemo(tx));
    // Fresh statistics, or the planner guesses one row per organisation until autovacuum comes by.
    await em.execute("analyze lead, lead_search");
    // The Duplicates page shows the demo's duplicates at once, not after the background check's first minutes.
    await checkEveryOrganization(em);
    logger.info({ ms: Date.now() - started }, "demo data loaded");
  });
}

/**
 * Acme Corp (9 users, 2 teams, 2,000 leads over 90 days, five campaigns, a web form and its capture
 * log) and Globex (1 admin, 50 leads, the same campaigns).
 */
export async function seedDemo(em: EntityManager, leadsPerOrg = { acme: 2000, globex: 50 }): Promise<void> {
  const faker = new Faker({ locale: [en] });
  faker.seed(20261121);
  // What came after the leads themselves (deal values, first contacts) draws from its own sequence,
  // so the leads stay the ones the demo always had.
  const later = new Faker({ locale: [en] });
  later.seed(20261207);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const user = (organization: Organization, email: string, name: string, role: Role) =>
    em.create(User, { organization, email, name, role, passwordHash });

  const acme = em.create(Organization, { name: "Acme Corp", slug: "acme" });
  user(acme, "admin@acme.example", "Alex Admin", Role.ADMIN);
  const manager = user(acme, "manager@acme.example", "Morgan Manager", Role.MANAGER);
  const reps = REPS.map((email, i) =>
    user(acme, email, `${faker.person.firstName()} ${faker.person.lastName()} (Rep ${i + 1})`, Role.MEMBER),
  );
  user(acme, "viewer@acme.example", "Vic Viewer", Role.VIEWER);
  const inbound = em.create(Team, {
    organization: acme,
    name: "Inbound",
    type: TeamType.INSIDE_SALES,
    manager,
  });
  inbound.members.set(reps.slice(0, 3));
  const outbound = em.create(Team, {
    organization: acme,
    name: "Outbound",
    type: TeamType.SALES_DEVELOPMENT,
    manager,
  });
  outbound.members.set(reps.slice(3));
  // New leads are routed: hot German-speaking leads to the senior rep's band, everyone else round robin.
  const dach = em.create(AssignmentRule, {
    organization: acme,
    name: "DACH by score band",
    strategy: RoutingStrategy.SCORE_BAND,
    team: outbound,
    priority: 10,
    conditions: [
      { field: "country", operator: "IN", value: ["DE", "AT", "CH", "Germany", "Austria", "Switzerland"] },
    ],
  });
  const everyoneElse = em.create(AssignmentRule, {
    organization: acme,
    name: "Everyone else",
    strategy: RoutingStrategy.ROUND_ROBIN,
    team: inbound,
  });
  em.create(SalesProfile, { user: reps[3]!, organization: acme, seniority: Seniority.SENIOR });

  const globex = em.create(Organization, { name: "Globex", slug: "globex" });
  const globexAdmin = user(globex, "admin@globex.example", "Gina Globex", Role.ADMIN);
  const acmeCampaigns = createDemoCampaigns(em, acme, leadsPerOrg.acme, now);
  const globexCampaigns = createDemoCampaigns(em, globex, leadsPerOrg.globex, now);
  await em.flush();
  const form = await createDemoForm(em, manager, acmeCampaigns.get(FORM_CAMPAIGN)!);

  // Each organisation starts with the default rules and stages; its leads arrive with a past (stages
  // passed, activities) and are scored by those rules; then their first-contact deadline runs from
  // their grade, and their first contact came on time, late or not yet.
  const pasts = new Map<Lead, DemoStay[]>();
  const createLeads = async (
    organization: Organization,
    count: number,
    owners: User[],
    campaigns: Map<string, Campaign>,
  ) => {
    const rules = createScoringDefaults(em, organization).map(toRuleDefinition);
    const scoring = new ScoringService(em, organization.id, rules);
    const stages = createPipelineDefaults(em, organization);
    const stageOfStatus = new Map(stages.map((s) => [s.status, s]));
    const leads: Lead[] = [];
    for (let i = 0; i < count; i++) {
      const { assigneeIndex, ...data } = demoLead(faker, now, 90, owners.length);
      const assignedTo = assigneeIndex === null ? null : owners[assigneeIndex];
      const stage = stageOfStatus.get(data.status) ?? null;
      const lead = em.create(Lead, {
        ...data,
        organization,
        assignedTo,
        stage,
        sourceCampaign: data.campaign === null ? null : campaigns.get(data.campaign),
        dealValue: demoDealValue(later, data),
      });
      const stays = stage ? demoPipelinePast(em, faker, lead, stages, now) : [];
      if (stage) pasts.set(lead, stays);
      await scoring.applyScore(lead, ScoreChangeReason.CREATED, null, lead.createdAt);
      startSlaClock(lead, null);
      demoFirstContact(em, later, lead, stays, now);
      leads.push(lead);
    }
    return leads;
  };
  const acmeLeads = await createLeads(acme, leadsPerOrg.acme, reps, acmeCampaigns);
  queueAsRouted(acmeLeads, [dach, everyoneElse]);
  // Globex has no rules: routing left its unassigned leads in no queue.
  await createLeads(globex, leadsPerOrg.globex, [globexAdmin], globexCampaigns);
  logDemoCaptures(em, form, acmeCampaigns, acmeLeads, now);
  await em.flush();
  await replaceDemoHistory(em, pasts);
}

/**
 * The unassigned open leads wait where routing leaves a lead that no rep could take: in the queue of
 * the team of the first rule (highest priority first) whose conditions it met when it came in.
 */
function queueAsRouted(leads: Lead[], rules: AssignmentRule[]): void {
  const byPriority = [...rules].sort((a, b) => b.priority - a.priority);
  for (const lead of leads) {
    if (lead.assignedTo || categoryOfStatus(lead.status) !== StageCategory.OPEN) continue;
    // A Lead entity is what routing evaluates conditions on, too.
    const routable = lead as unknown as ScorableLead;
    const rule = byPriority.find((r) =>
      matchesConditions(r.conditions, r.conditionMatch, routable, { now: lead.createdAt }),
    );
    lead.queueTeam = rule?.team ?? null;
  }
}
