import { DEFAULT_PIPELINE_STAGES } from "@leadline/shared";
import type { EntityManager } from "../../db/orm.js";
import type { Organization } from "../organizations/organization.entity.js";
import { PipelineStage } from "./pipeline-stage.entity.js";

/** Gives a new organisation the default stages: New, Contacted, Qualified, Converted (won), Lost. */
export function createPipelineDefaults(em: EntityManager, organization: Organization): PipelineStage[] {
  return DEFAULT_PIPELINE_STAGES.map((stage, position) =>
    em.create(PipelineStage, { ...stage, position, organization }),
  );
}
