import {
  eligibleCandidates,
  isWithinWorkingHours,
  matchesConditions,
  pickByScoreBand,
  pickLeastLoaded,
  pickRoundRobin,
  RoutingStrategy,
  type Grade,
  type RoutingCandidate,
  type ScorableLead,
  type Seniority,
  type WorkingHours,
} from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { Lead } from "../leads/lead.entity.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { AssignmentRule, AssignmentType, LeadAssignment } from "./routing.entities.js";

/** What routing decided for a lead: a rep, or a team queue to wait in. */
export interface RoutingDecision {
  rule: AssignmentRule;
  userId: string | null;
  queueTeamId: string | null;
  type: AssignmentType;
  reason: string;
}

const TYPE_OF: Record<RoutingStrategy, AssignmentType> = {
  ROUND_ROBIN: AssignmentType.AUTO_ROUND_ROBIN,
  LEAST_LOADED: AssignmentType.AUTO_WORKLOAD,
  TERRITORY: AssignmentType.AUTO_TERRITORY,
  SCORE_BAND: AssignmentType.AUTO_SCORE,
  SPECIFIC_USER: AssignmentType.AUTO_SPECIFIC,
};

interface CandidateRow {
  user_id: string;
  available: boolean;
  timezone: string;
  working_hours: WorkingHours;
  seniority: Seniority;
  capacity: number | null;
  assigned_today: number;
  open_leads: number;
}

/** Start of the current UTC day: "assigned today" counts from here. */
const startOfDay = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** Routing for one organisation, inside the caller's transaction. */
export class RoutingService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
  ) {}

  /**
   * Gives a new lead its owner: the first active rule (highest priority) whose conditions it meets
   * picks a rep by its strategy; with no eligible rep the lead waits in the rule's team queue. Writes
   * the assignment history row. Returns null when no rule matches (the lead stays unassigned).
   */
  async routeNewLead(lead: Lead, now = new Date()): Promise<RoutingDecision | null> {
    const decision = await this.decide(lead, now, false);
    if (!decision) return null;
    if (decision.userId) {
      lead.assignedTo = this.em.getReference(User, decision.userId);
      lead.queueTeam = null;
      this.em.create(LeadAssignment, {
        organization: this.organizationId,
        lead,
        toUser: lead.assignedTo,
        rule: decision.rule,
        type: decision.type,
        reason: decision.reason,
        createdAt: now,
      });
    } else if (decision.queueTeamId) {
      lead.queueTeam = this.em.getReference(Team, decision.queueTeamId);
    }
    return decision;
  }

  /** The decision without side effects (`testAssignment`), or with them (`dryRun` false: the turn advances). */
  async decide(
    lead: Lead,
    now: Date,
    dryRun: boolean,
    exclude: string[] = [],
  ): Promise<RoutingDecision | null> {
    const rules = await this.em.find(
      AssignmentRule,
      { organization: this.organizationId, active: true },
      { orderBy: { priority: "desc", createdAt: "asc", id: "asc" } },
    );
    const scorable = lead as unknown as ScorableLead;
    const rule = rules.find((r) => matchesConditions(r.conditions, r.conditionMatch, scorable, { now }));
    return rule ? this.pick(rule, lead, now, dryRun, exclude) : null;
  }

  private async pick(
    rule: AssignmentRule,
    lead: Lead,
    now: Date,
    dryRun: boolean,
    exclude: string[],
  ): Promise<RoutingDecision> {
    // Taking the turn first locks the rule's row: concurrent routings through this rule queue up here,
    // so each reads the counts the previous one committed, and each gets its own turn.
    const turn = await this.nextTurn(rule.id, dryRun);
    const teamId = rule.team?.id ?? null;
    const queued = (reason: string): RoutingDecision => ({
      rule,
      userId: null,
      queueTeamId: teamId,
      type: TYPE_OF[rule.strategy],
      reason: `${rule.name}: ${reason}`,
    });
    const team = teamId ? await this.em.findOne(Team, teamId) : null;
    if (team && !team.assignmentEnabled) return queued("the team takes leads from its queue");
    const candidates =
      rule.strategy === RoutingStrategy.SPECIFIC_USER
        ? await this.candidates({ userIds: rule.user ? [rule.user.id] : [] }, now)
        : await this.candidates({ teamId }, now);
    const eligible = eligibleCandidates(
      candidates.filter((rep) => !exclude.includes(rep.userId)),
      rule.respectWorkingHours,
    );
    const chosen = this.choose(rule.strategy, eligible, lead.grade as Grade | null, turn);
    if (!chosen) return queued(`none of ${candidates.length} reps is available with room today`);
    return {
      rule,
      userId: chosen.userId,
      queueTeamId: teamId,
      type: TYPE_OF[rule.strategy],
      reason: `${rule.name}: ${rule.strategy.toLowerCase().replace(/_/g, " ")} among ${eligible.length} eligible reps`,
    };
  }

  private choose(strategy: RoutingStrategy, eligible: RoutingCandidate[], grade: Grade | null, turn: number) {
    switch (strategy) {
      case RoutingStrategy.LEAST_LOADED:
        return pickLeastLoaded(eligible);
      case RoutingStrategy.SCORE_BAND:
        return pickByScoreBand(eligible, grade, turn);
      default:
        return pickRoundRobin(eligible, turn);
    }
  }

  private async nextTurn(ruleId: string, dryRun: boolean): Promise<number> {
    const db = this.em.getKysely();
    const { rows } = dryRun
      ? await sql<{ turn: string }>`select turn from assignment_rule where id = ${ruleId}`.execute(db)
      : await sql<{ turn: string }>`
          update assignment_rule set turn = turn + 1 where id = ${ruleId} returning turn - 1 as turn`.execute(
          db,
        );
    return Number(rows[0]?.turn ?? 0);
  }

  /** Active reps of a team (or the given users) with what routing weighs: profile, capacity, load today. */
  async candidates(
    target: { teamId?: string | null; userIds?: string[] },
    now: Date,
  ): Promise<RoutingCandidate[]> {
    const members = target.teamId
      ? sql`select tm.user_id, t.max_leads_per_member from team_member tm join team t on t.id = tm.team_id
            where tm.team_id = ${target.teamId}`
      : sql`select unnest(${target.userIds ?? []}::uuid[]) as user_id, null::int as max_leads_per_member`;
    const { rows } = await sql<CandidateRow>`
      with m as (${members})
      select u.id as user_id,
        coalesce(p.available, true) as available,
        coalesce(p.timezone, 'UTC') as timezone,
        coalesce(p.working_hours, '{"days":[1,2,3,4,5],"start":"09:00","end":"17:00"}'::jsonb) as working_hours,
        coalesce(p.seniority, 'MID') as seniority,
        coalesce(p.max_leads_per_day, m.max_leads_per_member) as capacity,
        (select count(*) from lead_assignment a
          where a.to_user_id = u.id and a.created_at >= ${startOfDay(now)})::int as assigned_today,
        (select count(*) from lead l where l.organization_id = ${this.organizationId} and l.assigned_to_id = u.id
          and l.deleted_at is null and l.status not in ('CONVERTED', 'LOST'))::int as open_leads
      from m join app_user u on u.id = m.user_id
      left join sales_profile p on p.user_id = u.id
      where u.organization_id = ${this.organizationId} and u.active`.execute(this.em.getKysely());
    return rows.map((row) => ({
      userId: row.user_id,
      available: row.available,
      working: isWithinWorkingHours(row.working_hours, row.timezone, now),
      assignedToday: row.assigned_today,
      capacity: row.capacity,
      openLeads: row.open_leads,
      seniority: row.seniority,
    }));
  }
}
