import { validateScoringRule } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { ScoringRule } from "./scoring-rule.entity.js";
import type { CreateScoringRuleInput, UpdateScoringRuleInput } from "./scoring-rule.inputs.js";
import { toRuleDefinition } from "./scoring.service.js";

/** Rule administration for one organisation. Role checks (ADMIN and above) are on the resolver. */
export class ScoringRuleService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  list(offset: number, limit: number): Promise<[ScoringRule[], number]> {
    return this.em.findAndCount(
      ScoringRule,
      { organization: this.viewer.organizationId },
      { orderBy: { priority: "desc", name: "asc", id: "asc" }, offset, limit },
    );
  }

  async create(input: CreateScoringRuleInput): Promise<ScoringRule> {
    const rule = this.em.create(ScoringRule, {
      ...input,
      description: input.description ?? null,
      value: input.value ?? null,
      priority: input.priority ?? 0,
      exclusiveGroup: input.exclusiveGroup ?? null,
      active: input.active ?? true,
      organization: this.viewer.organizationId,
    });
    this.check(rule);
    await this.em.persist(rule).flush();
    return rule;
  }

  /** Also tells whether scores may move: the rule was or is active and something besides its text changed. */
  async update(input: UpdateScoringRuleInput): Promise<{ rule: ScoringRule; affectsScores: boolean }> {
    const rule = await this.findOrFail(input.id);
    const before = scoringSignature(rule);
    const { id: _id, ...changes } = input;
    // Absent fields stay; a null name or points would make no sense and is refused like any bad value.
    this.em.assign(
      rule,
      Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    );
    this.check(rule);
    await this.em.flush();
    return { rule, affectsScores: before !== scoringSignature(rule) };
  }

  async delete(id: string): Promise<ScoringRule> {
    const rule = await this.findOrFail(id);
    await this.em.remove(rule).flush();
    return rule;
  }

  private async findOrFail(id: string): Promise<ScoringRule> {
    const rule = isUuid(id)
      ? await this.em.findOne(ScoringRule, { id, organization: this.viewer.organizationId })
      : null;
    if (!rule) throw notFound("Scoring rule");
    return rule;
  }

  /** A rule that could never match (wrong field, operator or value for the type) is refused, naming the field. */
  private check(rule: ScoringRule): void {
    const [error] = validateScoringRule(toRuleDefinition(rule));
    if (error) throw badInput(error.field, error.message);
  }
}

/** What of a rule decides scores (inactive rules decide nothing); the description does not. */
function scoringSignature(rule: ScoringRule): string {
  if (!rule.active) return "inactive";
  const { name, category, field, operator, value, points, priority, exclusiveGroup } = rule;
  return JSON.stringify({ name, category, field, operator, value, points, priority, exclusiveGroup });
}
