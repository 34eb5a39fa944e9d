import {
  eligibleCandidates,
  findTerritory,
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
import { Territory } from "./territory.entity.js";

/** A new lead's place in line: its rule, its territory (TERRITORY rules) and round-robin turn (see `takeTicket`). */
export interface RoutingTicket {
  ruleId: string;
  territoryId: string | null;
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

/** For a TERRITORY rule, the first of the (priority-ordered) territories the lead belongs to. */
function territoryFor(
  rule: AssignmentRule,
  territories: Territory[],
  lead: Lead,
  now: Date,
): Territory | null {
  if (rule.strategy !== RoutingStrategy.TERRITORY) return null;
  return findTerritory(territories, lead as unknown as ScorableLead, { now });
}

/** Whose reps a decision picks among, and how; `label` starts the assignment reason. */
interface Pool {
  teamId: string | null;
  userIds: string[] | null;
  strategy: RoutingStrategy;
  queueTeamId: string | null;
  label: string;
}

/** Start of the current UTC day: "assigned today" counts from here. */
const startOfDay = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** Routing for one organisation, inside the caller's transaction. */
export class RoutingService {
  /**
   * While `routeNewLeads` runs: each pool's reps as read once for the whole batch (their counts then move
   * by `unflushed`), and each rule with its team, so a batch of 100 leads costs one query per pool, not
   * one per lead.
   */
  private batchReads: {
    candidates: Map<string, Promise<CandidateRow[]>>;
    rules: Map<string, Promise<AssignmentRule | null>>;
  } | null = null;

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
    return (await this.routeNewLeads([{ lead, ticket }], now))[0] ?? null;
  }

  /**
   * `routeNewLead` for a batch in one unit of work, before it is flushed: each pick counts the batch's
   * earlier assignments (workload and capacity) as if they were already written.
   */
  async routeNewLeads(
    batch: { lead: Lead; ticket: RoutingTicket | null }[],
    now = new Date(),
  ): Promise<(RoutingDecision | null)[]> {
    this.batchReads = { candidates: new Map(), rules: new Map() };
    try {
      return await this.routeBatch(batch, now, this.batchReads.rules);
    } finally {
      this.batchReads = null;
    }
  }

  private async routeBatch(
    batch: { lead: Lead; ticket: RoutingTicket | null }[],
    now: Date,
    rules: Map<string, Promise<AssignmentRule | null>>,
  ): Promise<(RoutingDecision | null)[]> {
    const unflushed = new Map<string, number>();
    const decisions: (RoutingDecision | null)[] = [];
    for (const { lead, ticket } of batch) {
      if (ticket && !rules.has(ticket.ruleId))
        // The rule's team comes in the same query.
        rules.set(
          ticket.ruleId,
          this.em.findOne(AssignmentRule, { id: ticket.ruleId, active: true }, { populate: ["team"] }),
        );
      const rule = ticket && (await rules.get(ticket.ruleId)!);
      if (!rule) {
        decisions.push(null);
        continue;
      }
      const territory = ticket.territoryId ? await this.em.findOne(Territory, ticket.territoryId) : null;
      const decision = await this.pick(rule, territory, lead, now, false, [], ticket.turn, unflushed);
      if (decision.userId) {
        unflushed.set(decision.userId, (unflushed.get(decision.userId) ?? 0) + 1);
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
      decisions.push(decision);
    }
    return decisions;
  }

  /**
   * The rule (and territory) a new lead falls under and its round-robin turn, taken BEFORE the lead's
   * transaction opens: the turn is an autocommitted counter step, so concurrent creations never wait on
   * each other for it, and a transaction never holds one pooled connection while waiting for another.
   */
  async takeTicket(lead: Lead, now = new Date()): Promise<RoutingTicket | null> {
    return (await this.takeTickets([lead], now))[0] ?? null;
  }

  /** `takeTicket` for a batch: rules and territories are read once, each counter moves once by its share. */
  async takeTickets(leads: Lead[], now = new Date()): Promise<(RoutingTicket | null)[]> {
    const rules = await this.activeRules();
    const territories = rules.some((rule) => rule.strategy === RoutingStrategy.TERRITORY)
      ? await this.activeTerritories()
      : [];
    const places = leads.map((lead) => {
      const rule = firstMatchingRule(rules, lead, now);
      const territory = rule && territoryFor(rule, territories, lead, now);
      return rule && { rule, territory };
    });
    // One counter step per rotation (a territory's own, or else the rule's) for all its leads.
    const rotationOf = (place: { rule: AssignmentRule; territory: Territory | null }) =>
      place.territory?.id ?? place.rule.id;
    const shares = new Map<string, { place: NonNullable<(typeof places)[number]>; count: number }>();
    for (const place of places)
      if (place) {
        const share = shares.get(rotationOf(place));
        if (share) share.count += 1;
        else shares.set(rotationOf(place), { place, count: 1 });
      }
    const nextTurn = new Map<string, number>();
    for (const [rotation, { place, count }] of shares)
      nextTurn.set(rotation, await this.nextTurn(place.rule, place.territory, false, count));
    return places.map((place) => {
      if (!place) return null;
      const turn = nextTurn.get(rotationOf(place))!;
      nextTurn.set(rotationOf(place), turn + 1);
      return { ruleId: place.rule.id, territoryId: place.territory?.id ?? null, turn };
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
    if (!rule) return null;
    const territory = await this.matchTerritory(rule, lead, now);
    return this.pick(rule, territory, lead, now, dryRun, exclude);
  }

  /** The first active rule, highest priority first, whose conditions the lead meets. */
  private async matchRule(lead: Lead, now: Date): Promise<AssignmentRule | null> {
    return firstMatchingRule(await this.activeRules(), lead, now);
  }

  private activeRules(): Promise<AssignmentRule[]> {
    return this.em.find(
      AssignmentRule,
      { organization: this.organizationId, active: true },
      { orderBy: { priority: "desc", createdAt: "asc", id: "asc" }, populate: ["team"] },
    );
  }

  /** For a TERRITORY rule, the lead's territory (shared `findTerritory`); null for other rules or no match. */
  private async matchTerritory(rule: AssignmentRule, lead: Lead, now: Date): Promise<Territory | null> {
    if (rule.strategy !== RoutingStrategy.TERRITORY) return null;
    return territoryFor(rule, await this.activeTerritories(), lead, now);
  }

  private activeTerritories(): Promise<Territory[]> {
    return this.em.find(
      Territory,
      { organization: this.organizationId, active: true },
      { orderBy: { priority: "desc", createdAt: "asc", id: "asc" } },
    );
  }

  /**
   * Where the rule sends the lead. A TERRITORY rule: the matched territory's rep, or its team by the
   * territory's distribution; no territory matched: round robin in the rule's team (if it has one).
   */
  private pool(rule: AssignmentRule, territory: Territory | null): Pool {
    const ruleTeamId = rule.team?.id ?? null;
    if (territory?.user)
      return {
        teamId: null,
        userIds: [territory.user.id],
        strategy: RoutingStrategy.ROUND_ROBIN,
        queueTeamId: ruleTeamId,
        label: `${rule.name}, territory ${territory.name}: its owner`,
      };
    if (territory?.team)
      return {
        teamId: territory.team.id,
        userIds: null,
        strategy: territory.distribution,
        queueTeamId: territory.team.id,
        label: `${rule.name}, territory ${territory.name}: ${territory.distribution.toLowerCase().replace(/_/g, " ")}`,
      };
    const strategy =
      rule.strategy === RoutingStrategy.TERRITORY || rule.strategy === RoutingStrategy.SPECIFIC_USER
        ? RoutingStrategy.ROUND_ROBIN
        : rule.strategy;
    const label =
      rule.strategy === RoutingStrategy.TERRITORY
        ? `${rule.name}: no territory matches, round robin`
        : `${rule.name}: ${rule.strategy.toLowerCase().replace(/_/g, " ")}`;
    return rule.strategy === RoutingStrategy.SPECIFIC_USER
      ? { teamId: null, userIds: rule.user ? [rule.user.id] : [], strategy, queueTeamId: ruleTeamId, label }
      : { teamId: ruleTeamId, userIds: null, strategy, queueTeamId: ruleTeamId, label };
  }

  private async pick(
    rule: AssignmentRule,
    territory: Territory | null,
    lead: Lead,
    now: Date,
    dryRun: boolean,
    exclude: string[],
    ticketTurn?: number,
    unflushed: ReadonlyMap<string, number> = new Map(),
  ): Promise<RoutingDecision> {
    const pool = this.pool(rule, territory);
    const queued = (reason: string): RoutingDecision => ({
      rule,
      userId: null,
      queueTeamId: pool.queueTeamId,
      type: TYPE_OF[rule.strategy],
      reason: `${pool.label}: ${reason}`,
    });
    if (!pool.teamId && !pool.userIds) return queued("the rule has no team");
    const team = pool.teamId ? await this.em.findOne(Team, pool.teamId) : null;
    if (team && !team.assignmentEnabled) return queued("the team takes leads from its queue");
    const turn = ticketTurn ?? (await this.nextTurn(rule, territory, dryRun));
    const candidates = await this.candidates(
      pool.userIds ? { userIds: pool.userIds } : { teamId: pool.teamId },
      now,
      unflushed,
      // Open leads are counted only where the pick weighs them: the count reads every lead a rep owns.
      pool.strategy === RoutingStrategy.LEAST_LOADED,
    );
    const eligible = eligibleCandidates(
      candidates.filter((rep) => !exclude.includes(rep.userId)),
      rule.respectWorkingHours,
    );
    const chosen = await this.chooseWithRoom(
      pool.strategy,
      eligible,
      lead.grade as Grade | null,
      turn,
      now,
      dryRun,
      unflushed,
    );
    if (!chosen)
      return queued(
        candidates.length === 1
          ? "the rep is not available with room today"
          : `none of ${candidates.length} reps is available with room today`,
      );
    return {
      rule,
      userId: chosen.userId,
      queueTeamId: pool.queueTeamId,
      type: TYPE_OF[rule.strategy],
      reason: `${pool.label} among ${eligible.length} eligible rep${eligible.length === 1 ? "" : "s"}`,
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
    unflushed: ReadonlyMap<string, number>,
  ): Promise<RoutingCandidate | null> {
    let remaining = eligible;
    for (;;) {
      const chosen = this.choose(strategy, remaining, grade, turn);
      if (!chosen || chosen.capacity === null || dryRun) return chosen;
      const { rows } = await sql<{ assigned_today: number }>`
        select (select count(*) from lead_assignment a where a.to_user_id = u.id
          and a.created_at >= ${startOfDay(now)})::int as assigned_today
        from app_user u where u.id = ${chosen.userId} for update`.execute(this.em.getKysely());
      const assignedToday = (rows[0]?.assigned_today ?? 0) + (unflushed.get(chosen.userId) ?? 0);
      if (assignedToday < chosen.capacity) return chosen;
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
   * The next round-robin turn: the territory's (a team-owned one has its own rotation) or else the
   * rule's. Taken outside the transaction (a fork of the EntityManager runs on its own pooled connection,
   * autocommit), like a sequence: concurrent routings each get their own turn at once instead of queueing
   * on the row until commit. A rolled-back routing leaves a gap.
   */
  private async nextTurn(
    rule: AssignmentRule,
    territory: Territory | null,
    dryRun: boolean,
    count = 1,
  ): Promise<number> {
    const db = this.em.fork().getKysely();
    const [table, id] = territory
      ? [sql.table("territory"), territory.id]
      : [sql.table("assignment_rule"), rule.id];
    const { rows } = dryRun
      ? await sql<{ turn: string }>`select turn from ${table} where id = ${id}`.execute(db)
      : await sql<{ turn: string }>`
          update ${table} set turn = turn + ${count} where id = ${id} returning turn - ${count} as turn`.execute(
          db,
        );
    return Number(rows[0]?.turn ?? 0);
  }

  /**
   * Active reps of a team (or the given users) with what routing weighs: profile, capacity, load today
   * (plus `unflushed`: assignments of the current unit of work not written yet), and open leads unless
   * `withOpenLeads` is false (then 0).
   */
  async candidates(
    target: { teamId?: string | null; userIds?: string[] },
    now: Date,
    unflushed: ReadonlyMap<string, number> = new Map(),
    withOpenLeads = true,
  ): Promise<RoutingCandidate[]> {
    const key = `${target.teamId ?? (target.userIds ?? []).join()}:${withOpenLeads}`;
    let reading = this.batchReads?.candidates.get(key);
    if (!reading) {
      reading = this.candidateRows(target, now, withOpenLeads);
      this.batchReads?.candidates.set(key, reading);
    }
    return (await reading).map((row) => ({
      userId: row.user_id,
      available: row.available,
      working: isWithinWorkingHours(row.working_hours, row.timezone, now),
      assignedToday: row.assigned_today + (unflushed.get(row.user_id) ?? 0),
      capacity: row.capacity,
      openLeads: row.open_leads + (unflushed.get(row.user_id) ?? 0),
      seniority: row.seniority,
    }));
  }

  private async candidateRows(
    target: { teamId?: string | null; userIds?: string[] },
    now: Date,
    withOpenLeads: boolean,
  ): Promise<CandidateRow[]> {
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
        ${
          withOpenLeads
            ? sql`(select count(*) from lead l where l.organization_id = ${this.organizationId} and l.assigned_to_id = u.id
          and l.deleted_at is null and l.status not in ('CONVERTED', 'LOST'))::int`
            : sql`0`
        } as open_leads
      from m join app_user u on u.id = m.user_id
      left join sales_profile p on p.user_id = u.id
      where u.organization_id = ${this.organizationId} and u.active`.execute(this.em.getKysely());
    return rows;
  }
}
