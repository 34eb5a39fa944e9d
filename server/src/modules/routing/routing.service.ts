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

/** A new lead's place in line: its rule and round-robin turn (see `takeTicket`). */
export interface RoutingTicket {
  ruleId: string;
  turn: number;
}

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

/** The first rule, in the given (priority) order, whose conditions the lead meets. */
function firstMatchingRule(rules: AssignmentRule[], lead: Lead, now: Date): AssignmentRule | null {
  const scorable = lead as unknown as ScorableLead;
  return rules.find((r) => matchesConditions(r.conditions, r.conditionMatch, scorable, { now })) ?? null;
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
  async routeNewLead(
    lead: Lead,
    ticket: RoutingTicket | null,
    now = new Date(),
  ): Promise<RoutingDecision | null> {
    const rule = ticket && (await this.em.findOne(AssignmentRule, { id: ticket.ruleId, active: true }));
    if (!rule) return null;
    const decision = await this.pick(rule, lead, now, false, [], ticket.turn);
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

  /**
   * The rule a new lead falls under and its round-robin turn, taken BEFORE the lead's transaction opens:
   * the turn is an autocommitted counter step, so concurrent creations never wait on each other for it,
   * and a transaction never holds one pooled connection while waiting for another.
   */
  async takeTicket(lead: Lead, now = new Date()): Promise<RoutingTicket | null> {
    return (await this.takeTickets([lead], now))[0] ?? null;
  }

  /** `takeTicket` for a batch: the rules are read once, and each rule's counter moves once by its share. */
  async takeTickets(leads: Lead[], now = new Date()): Promise<(RoutingTicket | null)[]> {
    const rules = await this.activeRules();
    const matched = leads.map((lead) => firstMatchingRule(rules, lead, now));
    const shares = new Map<string, number>();
    for (const rule of matched) if (rule) shares.set(rule.id, (shares.get(rule.id) ?? 0) + 1);
    const nextTurn = new Map<string, number>();
    for (const [ruleId, share] of shares) nextTurn.set(ruleId, await this.nextTurn(ruleId, false, share));
    return matched.map((rule) => {
      if (!rule) return null;
      const turn = nextTurn.get(rule.id)!;
      nextTurn.set(rule.id, turn + 1);
      return { ruleId: rule.id, turn };
    });
  }

  /** The decision without side effects (`testAssignment`), or with them (`dryRun` false: the turn advances). */
  async decide(
    lead: Lead,
    now: Date,
    dryRun: boolean,
    exclude: string[] = [],
  ): Promise<RoutingDecision | null> {
    const rule = await this.matchRule(lead, now);
    return rule ? this.pick(rule, lead, now, dryRun, exclude) : null;
  }

  /** The first active rule, highest priority first, whose conditions the lead meets. */
  private async matchRule(lead: Lead, now: Date): Promise<AssignmentRule | null> {
    return firstMatchingRule(await this.activeRules(), lead, now);
  }

  private activeRules(): Promise<AssignmentRule[]> {
    return this.em.find(
      AssignmentRule,
      { organization: this.organizationId, active: true },
      { orderBy: { priority: "desc", createdAt: "asc", id: "asc" } },
    );
  }

  private async pick(
    rule: AssignmentRule,
    lead: Lead,
    now: Date,
    dryRun: boolean,
    exclude: string[],
    ticketTurn?: number,
  ): Promise<RoutingDecision> {
    const turn = ticketTurn ?? (await this.nextTurn(rule.id, dryRun));
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
    const chosen = await this.chooseWithRoom(
      rule.strategy,
      eligible,
      lead.grade as Grade | null,
      turn,
      now,
      dryRun,
    );
    if (!chosen) return queued(`none of ${candidates.length} reps is available with room today`);
    return {
      rule,
      userId: chosen.userId,
      queueTeamId: teamId,
      type: TYPE_OF[rule.strategy],
      reason: `${rule.name}: ${rule.strategy.toLowerCase().replace(/_/g, " ")} among ${eligible.length} eligible reps`,
    };
  }

  /**
   * The strategy's pick, made sure of for a rep with a daily limit: the rep's row is locked (until this
   * transaction ends) and today's count re-read, so two routings at once cannot both take the last slot.
   * A rep found full is dropped and the strategy picks again.
   */
  private async chooseWithRoom(
    strategy: RoutingStrategy,
    eligible: RoutingCandidate[],
    grade: Grade | null,
    turn: number,
    now: Date,
    dryRun: boolean,
  ): Promise<RoutingCandidate | null> {
    let remaining = eligible;
    for (;;) {
      const chosen = this.choose(strategy, remaining, grade, turn);
      if (!chosen || chosen.capacity === null || dryRun) return chosen;
      const { rows } = await sql<{ assigned_today: number }>`
        select (select count(*) from lead_assignment a where a.to_user_id = u.id
          and a.created_at >= ${startOfDay(now)})::int as assigned_today
        from app_user u where u.id = ${chosen.userId} for update`.execute(this.em.getKysely());
      if ((rows[0]?.assigned_today ?? 0) < chosen.capacity) return chosen;
      remaining = remaining.filter((rep) => rep !== chosen);
    }
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

  /**
   * The rule's next round-robin turn. Taken outside the transaction (a fork of the EntityManager runs on
   * its own pooled connection, autocommit), like a sequence: concurrent routings each get their own turn
   * at once instead of queueing on the rule's row until commit. A rolled-back routing leaves a gap.
   */
  private async nextTurn(ruleId: string, dryRun: boolean, count = 1): Promise<number> {
    const db = this.em.fork().getKysely();
    const { rows } = dryRun
      ? await sql<{ turn: string }>`select turn from assignment_rule where id = ${ruleId}`.execute(db)
      : await sql<{ turn: string }>`update assignment_rule set turn = turn + ${count} where id = ${ruleId}
          returning turn - ${count} as turn`.execute(db);
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
