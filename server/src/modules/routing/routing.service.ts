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
import type { RoutingConfig } from "./routing-config.js";
import { AssignmentRule, AssignmentType, LeadAssignment } from "./routing.entities.js";
import { Territory } from "./territory.entity.js";

/** A new lead's place in line: its rule, its territory (TERRITORY rules) and round-robin turn (see `takeTicket`). */
export interface RoutingTicket {
  ruleId: string;
  territoryId: string | null;
  turn: number;
}

/**
 * A new lead as routing reads it: its fields as rule conditions and territories see them, and its grade
 * (SCORE_BAND). A Lead entity fits, and so does an imported row before it is written.
 */
export type RoutableLead = ScorableLead & { grade?: string | null };

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

/** A Lead entity as routing reads it (its getters and references are what the evaluator needs). */
const routable = (lead: Lead | RoutableLead): RoutableLead => lead as unknown as RoutableLead;

/** The first rule, in the given (priority) order, whose conditions the lead meets. */
function firstMatchingRule(rules: AssignmentRule[], lead: RoutableLead, now: Date): AssignmentRule | null {
  return rules.find((r) => matchesConditions(r.conditions, r.conditionMatch, lead, { now })) ?? null;
}

/** For a TERRITORY rule, the first of the (priority-ordered) territories the lead belongs to. */
function territoryFor(
  rule: AssignmentRule,
  territories: Territory[],
  lead: RoutableLead,
  now: Date,
): Territory | null {
  if (rule.strategy !== RoutingStrategy.TERRITORY) return null;
  return findTerritory(territories, lead, { now });
}

/** Whose reps a decision picks among, and how; `label` starts the assignment reason. */
interface Pool {
  teamId: string | null;
  userIds: string[] | null;
  strategy: RoutingStrategy;
  queueTeamId: string | null;
  label: string;
}

/**
 * What one batch's routing has read and done so far, so that a batch of thousands (an import's) costs a
 * few queries per rule instead of a few per lead: rules and territories by id, each pool's reps (their
 * load as read once; `unflushed` adds the batch's own picks), and the reps with a daily limit already
 * locked in this transaction with their count at that moment (nobody else can route to them until commit).
 */
class BatchRouting {
  readonly unflushed = new Map<string, number>();
  readonly rules = new Map<string, Promise<AssignmentRule | null>>();
  readonly territories = new Map<string, Promise<Territory | null>>();
  readonly pools = new Map<string, Promise<CandidateRow[]>>();
  readonly lockedToday = new Map<string, number>();

  picked(userId: string): void {
    this.unflushed.set(userId, (this.unflushed.get(userId) ?? 0) + 1);
  }
}

const memo = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = load()));
  return found;
};

/** Start of the current UTC day: "assigned today" counts from here. */
const startOfDay = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Routing for one organisation, inside the caller's transaction. With `config`, the rules, territories
 * and teams come from it (a capture batch's RoutingConfigCache, checked once) instead of the ORM.
 */
export class RoutingService {
  private holdsCapacityLock = false;

  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    private readonly config?: RoutingConfig,
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
    const decisions = await this.decideNewLeads(
      batch.map(({ lead, ticket }) => ({ lead: routable(lead), ticket })),
      now,
    );
    batch.forEach(({ lead }, index) => {
      const decision = decisions[index];
      if (decision?.userId) {
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
      } else if (decision?.queueTeamId) {
        lead.queueTeam = this.em.getReference(Team, decision.queueTeamId);
      }
    });
    return decisions;
  }

  /**
   * `routeNewLeads`' decisions for leads not loaded as entities (an import writes its own rows, owner
   * and history set-wise): nothing is written, but the turns are used and reps with a daily limit stay
   * locked until the transaction ends, as when routing writes. Each pick counts the batch's earlier ones.
   */
  async decideNewLeads(
    batch: readonly { lead: RoutableLead; ticket: RoutingTicket | null }[],
    now = new Date(),
  ): Promise<(RoutingDecision | null)[]> {
    const state = new BatchRouting();
    const decisions: (RoutingDecision | null)[] = [];
    for (const { lead, ticket } of batch) {
      const rule = ticket && (await memo(state.rules, ticket.ruleId, () => this.lockRule(ticket.ruleId)));
      if (!ticket || !rule) {
        decisions.push(null);
        continue;
      }
      const territoryId = ticket.territoryId;
      const territory = territoryId
        ? await memo(
            state.territories,
            territoryId,
            async () =>
              this.config?.territories.find((t) => t.id === territoryId) ??
              (await this.em.findOne(Territory, territoryId)),
          )
        : null;
      const decision = await this.pick(rule, territory, lead, now, false, [], ticket.turn, state);
      if (decision.userId) state.picked(decision.userId);
      decisions.push(decision);
    }
    return decisions;
  }

  /**
   * A ticket's rule, with its team, held until the transaction ends: the assignment rows name it, and
   * a rule deleted meanwhile would fail the whole batch on their foreign key. A key-share lock makes a
   * deletion wait for the commit (then sets those rows' rule to null) and lets its counters still move.
   */
  private async lockRule(ruleId: string): Promise<AssignmentRule | null> {
    const cached = this.config?.rules.find((rule) => rule.id === ruleId);
    const { rows } = await sql`
      select 1 from assignment_rule where id = ${ruleId} and active for key share`.execute(
      this.em.getKysely(),
    );
    if (rows.length === 0) return null;
    return cached ?? this.em.findOne(AssignmentRule, { id: ruleId, active: true }, { populate: ["team"] });
  }

  /**
   * The rule (and territory) a new lead falls under and its round-robin turn, taken BEFORE the lead's
   * transaction opens: the turn is an autocommitted counter step, so concurrent creations never wait on
   * each other for it, and a transaction never holds one pooled connection while waiting for another.
   */
  async takeTicket(lead: Lead | RoutableLead, now = new Date()): Promise<RoutingTicket | null> {
    return (await this.takeTickets([lead], now))[0] ?? null;
  }

  /** `takeTicket` for a batch: rules and territories are read once, each counter moves once by its share. */
  async takeTickets(
    leads: readonly (Lead | RoutableLead)[],
    now = new Date(),
  ): Promise<(RoutingTicket | null)[]> {
    const rules = await this.activeRules();
    const territories = rules.some((rule) => rule.strategy === RoutingStrategy.TERRITORY)
      ? await this.activeTerritories()
      : [];
    const places = leads.map((lead) => {
      const rule = firstMatchingRule(rules, routable(lead), now);
      const territory = rule && territoryFor(rule, territories, routable(lead), now);
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
    const rule = await this.matchRule(routable(lead), now);
    if (!rule) return null;
    const territory = await this.matchTerritory(rule, routable(lead), now);
    return this.pick(rule, territory, routable(lead), now, dryRun, exclude);
  }

  /** The first active rule, highest priority first, whose conditions the lead meets. */
  private async matchRule(lead: RoutableLead, now: Date): Promise<AssignmentRule | null> {
    return firstMatchingRule(await this.activeRules(), lead, now);
  }

  private async activeRules(): Promise<AssignmentRule[]> {
    if (this.config) return this.config.rules;
    return this.em.find(
      AssignmentRule,
      { organization: this.organizationId, active: true },
      { orderBy: { priority: "desc", createdAt: "asc", id: "asc" }, populate: ["team"] },
    );
  }

  /** For a TERRITORY rule, the lead's territory (shared `findTerritory`); null for other rules or no match. */
  private async matchTerritory(
    rule: AssignmentRule,
    lead: RoutableLead,
    now: Date,
  ): Promise<Territory | null> {
    if (rule.strategy !== RoutingStrategy.TERRITORY) return null;
    return territoryFor(rule, await this.activeTerritories(), lead, now);
  }

  private async activeTerritories(): Promise<Territory[]> {
    if (this.config) return this.config.territories;
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
    lead: RoutableLead,
    now: Date,
    dryRun: boolean,
    exclude: string[],
    ticketTurn?: number,
    batch?: BatchRouting,
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
    const team = pool.teamId
      ? (this.config?.teams.get(pool.teamId) ?? (await this.em.findOne(Team, pool.teamId)))
      : null;
    if (team && !team.assignmentEnabled) return queued("the team takes leads from its queue");
    const turn = ticketTurn ?? (await this.nextTurn(rule, territory, dryRun));
    const target = pool.userIds ? { userIds: pool.userIds } : { teamId: pool.teamId };
    // Open leads are counted only where the pick weighs them: the count reads every lead a rep owns (with it
    // on every batch, capture with round robin fell to 6.5 leads/s on a 200k-lead organisation).
    const withOpenLeads = pool.strategy === RoutingStrategy.LEAST_LOADED;
    const rows = batch
      ? await memo(batch.pools, JSON.stringify([target, withOpenLeads]), () =>
          this.candidateRows(target, now, withOpenLeads),
        )
      : await this.candidateRows(target, now, withOpenLeads);
    const candidates = this.toCandidates(rows, now, batch?.unflushed);
    const eligible = eligibleCandidates(
      candidates.filter((rep) => !exclude.includes(rep.userId)),
      rule.respectWorkingHours,
    );
    const chosen = await this.chooseWithRoom(
      pool.strategy,
      eligible,
      (lead.grade ?? null) as Grade | null,
      turn,
      now,
      dryRun,
      batch,
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
   * A rep found full is dropped and the strategy picks again. Within a batch a rep is locked and counted
   * once: the lock holds until commit, so the count plus the batch's own picks stays exact.
   */
  private async chooseWithRoom(
    strategy: RoutingStrategy,
    eligible: RoutingCandidate[],
    grade: Grade | null,
    turn: number,
    now: Date,
    dryRun: boolean,
    batch?: BatchRouting,
  ): Promise<RoutingCandidate | null> {
    let remaining = eligible;
    for (;;) {
      const chosen = this.choose(strategy, remaining, grade, turn);
      if (!chosen || chosen.capacity === null || dryRun) return chosen;
      let lockedToday = batch?.lockedToday.get(chosen.userId);
      if (lockedToday === undefined) {
        await this.takeCapacityLock();
        const { rows } = await sql<{ assigned_today: number }>`
          select (select count(*) from lead_assignment a where a.to_user_id = u.id
            and a.created_at >= ${startOfDay(now)})::int as assigned_today
          from app_user u where u.id = ${chosen.userId} for update`.execute(this.em.getKysely());
        lockedToday = rows[0]?.assigned_today ?? 0;
        batch?.lockedToday.set(chosen.userId, lockedToday);
      }
      if (lockedToday + (batch?.unflushed.get(chosen.userId) ?? 0) < chosen.capacity) return chosen;
      remaining = remaining.filter((rep) => rep !== chosen);
    }
  }

  /**
   * Once per transaction, before it locks its first rep with a daily limit: one routing transaction of the
   * organisation at a time counts and locks such reps. Without it, two (two capture batches, or two
   * instances) could each hold a rep the other waits for (a deadlock), and one counted a rep's leads of
   * today with a snapshot taken before the other's commit, while waiting for that rep's lock: 83 leads for
   * a limit of 50. Its statements run after the lock is granted, so they see everything committed before.
   */
  private async takeCapacityLock(): Promise<void> {
    if (this.holdsCapacityLock) return;
    await sql`select pg_advisory_xact_lock(hashtextextended(${`routing.capacity:${this.organizationId}`}, 0))`.execute(
      this.em.getKysely(),
    );
    this.holdsCapacityLock = true;
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

  /** Active reps of a team (or the given users) with what routing weighs: profile, capacity, load today. */
  async candidates(
    target: { teamId?: string | null; userIds?: string[] },
    now: Date,
  ): Promise<RoutingCandidate[]> {
    return this.toCandidates(await this.candidateRows(target, now), now);
  }

  /** `withOpenLeads` false: open_leads is 0, not counted. */
  private async candidateRows(
    target: { teamId?: string | null; userIds?: string[] },
    now: Date,
    withOpenLeads = true,
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

  /** Candidate rows as routing weighs them, plus `unflushed`: the current batch's picks, not written yet. */
  private toCandidates(
    rows: readonly CandidateRow[],
    now: Date,
    unflushed: ReadonlyMap<string, number> = new Map(),
  ): RoutingCandidate[] {
    return rows.map((row) => ({
      userId: row.user_id,
      available: row.available,
      working: isWithinWorkingHours(row.working_hours, row.timezone, now),
      assignedToday: row.assigned_today + (unflushed.get(row.user_id) ?? 0),
      capacity: row.capacity,
      openLeads: row.open_leads + (unflushed.get(row.user_id) ?? 0),
      seniority: row.seniority,
    }));
  }
}
