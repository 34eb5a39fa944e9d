import { categoryOfStatus, StageCategory } from "@leadline/shared";
import { validate as isUuid } from "uuid";
import type { Clock } from "../../clock.js";
import type { EntityManager } from "../../db/orm.js";
import { badInput, conflict, notFound } from "../../graphql/errors.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadStageChange } from "./lead-stage-change.entity.js";
import { PipelineStage } from "./pipeline-stage.entity.js";
import type {
  CreatePipelineStageInput,
  ReorderPipelineStagesInput,
  UpdatePipelineStageInput,
} from "./pipeline.types.js";

const MAX_NAME_LENGTH = 50;
export const MAX_STAGES = 20;
const COLOR = /^#[0-9a-f]{6}$/i;

/** The organisation's stages: read by anyone, changed by ADMIN and OWNER (the resolver checks the role). */
export class PipelineStagesService {
  constructor(
    private readonly em: EntityManager,
    private readonly organizationId: string,
    private readonly clock: Clock,
  ) {}

  /** Board order: live stages by position, then retired ones when asked for. */
  list(includeRetired = false): Promise<PipelineStage[]> {
    return this.em.find(
      PipelineStage,
      { organization: this.organizationId, ...(includeRetired ? {} : { retiredAt: null }) },
      { orderBy: { retiredAt: "asc nulls first", position: "asc", id: "asc" } },
    );
  }

  async create(input: CreatePipelineStageInput): Promise<PipelineStage> {
    const category = categoryOfStatus(input.status);
    if (input.category && input.category !== category)
      throw badInput("category", `must be ${category} for a stage of status ${input.status}`);
    const stages = await this.list();
    if (stages.length >= MAX_STAGES) throw conflict(`A pipeline has at most ${MAX_STAGES} live stages`);
    const name = this.checkName(input.name, stages);
    const color = this.checkColor(input.color);
    // By default a new open stage goes before the closing (won, lost) ones.
    const closing = stages.findIndex((stage) => stage.category !== StageCategory.OPEN);
    const position = input.position ?? (closing === -1 ? stages.length : closing);
    if (!Number.isInteger(position) || position < 0 || position > stages.length)
      throw badInput("position", `must be from 0 to ${stages.length}`);
    const stage = this.em.create(PipelineStage, {
      organization: this.organizationId,
      name,
      color,
      category,
      status: input.status,
      position,
    });
    stages.splice(position, 0, stage);
    stages.forEach((each, index) => (each.position = index));
    await this.em.flush();
    return stage;
  }

  async update(input: UpdatePipelineStageInput): Promise<PipelineStage> {
    const stage = await this.findOrFail(input.id);
    if (input.name !== undefined && input.name !== null)
      stage.name = this.checkName(
        input.name,
        (await this.list()).filter((other) => other !== stage),
      );
    if (input.color !== undefined && input.color !== null) stage.color = this.checkColor(input.color);
    await this.em.flush();
    return stage;
  }

  async reorder(input: ReorderPipelineStagesInput): Promise<PipelineStage[]> {
    const stages = await this.list();
    const byId = new Map(stages.map((stage) => [stage.id, stage]));
    const ids = new Set(input.stageIds);
    if (
      ids.size !== input.stageIds.length ||
      ids.size !== stages.length ||
      ![...ids].every((id) => byId.has(id))
    )
      throw badInput("stageIds", "must name every live stage of your pipeline exactly once");
    input.stageIds.forEach((id, index) => (byId.get(id)!.position = index));
    await this.em.flush();
    return this.list();
  }

  /** Takes a stage off the board; it keeps its history. Only an empty stage, and never a status's last. */
  async retire(id: string): Promise<PipelineStage> {
    const stage = await this.findOrFail(id);
    if (stage.retiredAt) return stage;
    await this.assertRemovable(stage);
    stage.retiredAt = this.clock.now();
    const live = (await this.list()).filter((other) => other !== stage);
    live.forEach((each, index) => (each.position = index));
    stage.position = live.length;
    await this.em.flush();
    return stage;
  }

  /** Deletes a stage that never held a lead; one with history can only be retired. */
  async delete(id: string): Promise<string> {
    const stage = await this.findOrFail(id);
    await this.assertRemovable(stage);
    if ((await this.em.count(LeadStageChange, { stage })) > 0)
      throw conflict("This stage has history: retire it instead of deleting it");
    await this.em.remove(stage).flush();
    return id;
  }

  private async assertRemovable(stage: PipelineStage): Promise<void> {
    const leads = await this.em.count(Lead, { stage, deletedAt: null });
    if (leads > 0) throw conflict(`${leads} lead(s) are in this stage: move them to another stage first`);
    const sameStatus = await this.em.count(PipelineStage, {
      organization: this.organizationId,
      status: stage.status,
      retiredAt: null,
      id: { $ne: stage.id },
    });
    if (!stage.retiredAt && sameStatus === 0)
      throw conflict(`This is the only live stage for status ${stage.status}; add another first`);
  }

  private async findOrFail(id: string): Promise<PipelineStage> {
    const stage = isUuid(id)
      ? await this.em.findOne(PipelineStage, { id, organization: this.organizationId })
      : null;
    if (!stage) throw notFound("Pipeline stage");
    return stage;
  }

  private checkName(raw: string, others: PipelineStage[]): string {
    const name = raw.trim();
    if (name.length < 1 || name.length > MAX_NAME_LENGTH)
      throw badInput("name", `must be 1 to ${MAX_NAME_LENGTH} characters`);
    if (others.some((other) => other.name.toLowerCase() === name.toLowerCase()))
      throw badInput("name", "is already the name of another stage");
    return name;
  }

  private checkColor(raw: string): string {
    if (!COLOR.test(raw.trim())) throw badInput("color", "must be a colour like #1a2b3c");
    return raw.trim().toLowerCase();
  }
}
