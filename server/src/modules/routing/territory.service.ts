import { validateTerritoryCriteria, type RoutingCondition } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { EntityManager } from "../../db/orm.js";
import { badInput, notFound } from "../../graphql/errors.js";
import type { Viewer } from "../auth/viewer.js";
import { RoutingAdminService } from "./assignment-rule.service.js";
import { Territory } from "./territory.entity.js";
import type { CreateTerritoryInput, UpdateTerritoryInput } from "./territory.inputs.js";

/** Most territories one organisation keeps: each new lead is matched against all of them, and the admin page lists them on one page. */
export const MAX_TERRITORIES = 100;

/** Territory administration for one organisation; roles are checked on the resolver. */
export class TerritoryService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  /** In the order routing tries them. */
  list(offset: number, limit: number): Promise<[Territory[], number]> {
    return this.em.findAndCount(
      Territory,
      { organization: this.viewer.organizationId },
      { orderBy: { priority: "desc", createdAt: "asc", id: "asc" }, offset, limit },
    );
  }

  async create(input: CreateTerritoryInput): Promise<Territory> {
    return this.em.transactional(async (em) => {
      const count = await em.count(Territory, { organization: this.viewer.organizationId });
      if (count >= MAX_TERRITORIES)
        throw badInput("name", `at most ${MAX_TERRITORIES} territories per organisation`);
      const territory = em.create(Territory, {
        organization: this.viewer.organizationId,
        name: "",
        criteria: [],
      });
      await this.apply(em, territory, input);
      return territory;
    });
  }

  async update(input: UpdateTerritoryInput): Promise<Territory> {
    return this.em.transactional(async (em) => {
      const territory = await this.find(em, input.id);
      await this.apply(em, territory, input);
      return territory;
    });
  }

  async delete(id: string): Promise<string> {
    await this.em.transactional(async (em) => em.remove(await this.find(em, id)));
    return id;
  }

  /** Validates and applies the given fields; the owner must end up exactly one team or one rep. */
  private async apply(
    em: EntityManager,
    territory: Territory,
    input: Partial<CreateTerritoryInput>,
  ): Promise<void> {
    if (input.name !== undefined) {
      if (!input.name.trim() || input.name.length > 200)
        throw badInput("name", "must be 1 to 200 characters");
      territory.name = input.name.trim();
    }
    if (input.criteria) {
      const criteria = input.criteria.map(({ field, operator, value }) => ({
        field,
        operator,
        value: value ?? null,
      }));
      const [error] = validateTerritoryCriteria(criteria as RoutingCondition[]);
      if (error) throw badInput(error.field, error.message);
      territory.criteria = criteria as RoutingCondition[];
    }
    if (input.criteriaMatch) territory.criteriaMatch = input.criteriaMatch;
    if (input.distribution) territory.distribution = input.distribution;
    if (input.active !== undefined && input.active !== null) territory.active = input.active;
    if (input.priority !== undefined && input.priority !== null) {
      if (Math.abs(input.priority) > 1_000_000)
        throw badInput("priority", "must be from -1000000 to 1000000");
      territory.priority = input.priority;
    }
    if (input.teamId && input.userId) throw badInput("userId", "give a team or a rep as owner, not both");
    const owners = new RoutingAdminService(em, this.viewer);
    if (input.teamId) {
      territory.team = await owners.findTeam(input.teamId);
      territory.user = null;
    }
    if (input.userId) {
      territory.user = await owners.findUser(input.userId, "userId");
      territory.team = null;
    }
    if (!territory.team && !territory.user)
      throw badInput("teamId", "a territory needs an owning team or rep");
  }

  private async find(em: EntityManager, id: string): Promise<Territory> {
    const territory = isUuid(id)
      ? await em.findOne(Territory, { id, organization: this.viewer.organizationId })
      : null;
    if (!territory) throw notFound("Territory");
    return territory;
  }
}
