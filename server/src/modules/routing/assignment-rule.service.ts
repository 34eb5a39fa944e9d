import {
  isValidTimeZone,
  RoutingStrategy,
  validateConditions,
  validateWorkingHours,
  type RoutingCondition,
} from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, forbidden, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { Team } from "../users/team.entity.js";
import { User } from "../users/user.entity.js";
import { AssignmentRule, SalesProfile } from "./routing.entities.js";
import type {
  CreateAssignmentRuleInput,
  ReorderAssignmentRulesInput,
  UpdateAssignmentRuleInput,
  UpdateSalesProfileInput,
} from "./routing.inputs.js";

/** Routing administration for one organisation. Role checks are on the resolver, except where noted. */
export class RoutingAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  listRules(offset: number, limit: number): Promise<[AssignmentRule[], number]> {
    return this.em.findAndCount(
      AssignmentRule,
      { organization: this.viewer.organizationId },
      { orderBy: { priority: "desc", createdAt: "asc", id: "asc" }, offset, limit },
    );
  }

  async createRule(input: CreateAssignmentRuleInput): Promise<AssignmentRule> {
    const rule = this.em.create(AssignmentRule, {
      organization: this.viewer.organizationId,
      name: "",
      strategy: input.strategy,
    });
    await this.applyRule(rule, input);
    await this.em.persist(rule).flush();
    return rule;
  }

  async updateRule(input: UpdateAssignmentRuleInput): Promise<AssignmentRule> {
    const rule = await this.findRule(input.id);
    await this.applyRule(rule, input);
    await this.em.flush();
    return rule;
  }

  async deleteRule(id: string): Promise<string> {
    const rule = await this.findRule(id);
    await this.em.remove(rule).flush();
    return id;
  }

  /** Priorities from the given order; the list must name every rule of the organisation once. */
  async reorderRules({ ids }: ReorderAssignmentRulesInput): Promise<AssignmentRule[]> {
    const rules = await this.em.find(AssignmentRule, { organization: this.viewer.organizationId });
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    if (ids.length !== rules.length || new Set(ids).size !== ids.length || ids.some((id) => !byId.has(id)))
      throw badInput("ids", "must list every assignment rule of the organisation exactly once");
    ids.forEach((id, index) => (byId.get(id)!.priority = ids.length - index));
    await this.em.flush();
    return ids.map((id) => byId.get(id)!);
  }

  /** MANAGERs and above change anyone's profile; a rep may only switch their own availability. */
  async updateProfile(input: UpdateSalesProfileInput, isManager: boolean): Promise<SalesProfile> {
    const { userId, ...changes } = input;
    if (
      !isManager &&
      (userId !== this.viewer.userId || Object.keys(changes).some((key) => key !== "available"))
    )
      throw forbidden("Members may only switch their own availability");
    const user = await this.findUser(userId, "userId");
    const profile =
      (await this.em.findOne(SalesProfile, { user })) ??
      this.em.create(SalesProfile, { user, organization: this.viewer.organizationId });
    if (changes.maxLeadsPerDay !== undefined) {
      const max = changes.maxLeadsPerDay;
      if (max !== null && (!Number.isInteger(max) || max < 0 || max > 10_000))
        throw badInput("maxLeadsPerDay", "must be a whole number from 0 to 10000, or null");
      profile.maxLeadsPerDay = max;
    }
    if (changes.timezone !== undefined) {
      if (!isValidTimeZone(changes.timezone))
        throw badInput("timezone", "is not a time zone name (e.g. Europe/Berlin)");
      profile.timezone = changes.timezone;
    }
    if (changes.workingHours) {
      const [error] = validateWorkingHours(changes.workingHours);
      if (error) throw badInput(error.field, error.message);
      profile.workingHours = { ...changes.workingHours };
    }
    if (changes.available !== undefined && changes.available !== null) profile.available = changes.available;
    if (changes.seniority) profile.seniority = changes.seniority;
    await this.em.persist(profile).flush();
    return profile;
  }

  private async applyRule(rule: AssignmentRule, input: Partial<CreateAssignmentRuleInput>): Promise<void> {
    if (input.name !== undefined) {
      if (!input.name.trim() || input.name.length > 200)
        throw badInput("name", "must be 1 to 200 characters");
      rule.name = input.name.trim();
    }
    if (input.strategy) rule.strategy = input.strategy;
    if (input.conditions) {
      const conditions = input.conditions.map(({ field, operator, value }) => ({
        field,
        operator,
        value: value ?? null,
      }));
      if (conditions.length > 20) throw badInput("conditions", "may hold at most 20 conditions");
      const [error] = validateConditions(conditions as RoutingCondition[]);
      if (error) throw badInput(error.field, error.message);
      rule.conditions = conditions as RoutingCondition[];
    }
    if (input.conditionMatch) rule.conditionMatch = input.conditionMatch;
    if (input.priority !== undefined) rule.priority = input.priority;
    if (input.active !== undefined) rule.active = input.active;
    if (input.respectWorkingHours !== undefined) rule.respectWorkingHours = input.respectWorkingHours;
    if (input.teamId !== undefined)
      rule.team = input.teamId === null ? null : await this.findTeam(input.teamId);
    if (input.userId !== undefined)
      rule.user = input.userId === null ? null : await this.findUser(input.userId, "userId");
    if (rule.strategy === RoutingStrategy.SPECIFIC_USER && !rule.user)
      throw badInput("userId", "is needed by a SPECIFIC_USER rule");
    // A TERRITORY rule routes through territories; its team (optional) takes leads no territory matches.
    const teamOptional = [RoutingStrategy.SPECIFIC_USER, RoutingStrategy.TERRITORY] as RoutingStrategy[];
    if (!teamOptional.includes(rule.strategy) && !rule.team)
      throw badInput("teamId", `is needed by a ${rule.strategy} rule`);
  }

  private async findRule(id: string): Promise<AssignmentRule> {
    const rule = isUuid(id)
      ? await this.em.findOne(AssignmentRule, { id, organization: this.viewer.organizationId })
      : null;
    if (!rule) throw notFound("Assignment rule");
    return rule;
  }

  async findTeam(id: string): Promise<Team> {
    const team = isUuid(id)
      ? await this.em.findOne(Team, { id, organization: this.viewer.organizationId })
      : null;
    if (!team) throw badInput("teamId", "is not a team of your organisation");
    return team;
  }

  async findUser(id: string, field: string): Promise<User> {
    const user = isUuid(id)
      ? await this.em.findOne(User, { id, organization: this.viewer.organizationId, active: true })
      : null;
    if (!user) throw badInput(field, "is not an active user of your organisation");
    return user;
  }
}
