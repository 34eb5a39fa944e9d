import { StageCategory } from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import { badInput } from "../../graphql/errors.js";
import type { PipelineStage } from "./pipeline-stage.entity.js";
import type { PipelineStats } from "./pipeline-stats.types.js";

const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 731;

interface Range {
  from: Date;
  to: Date;
}

export function checkRange(range: Range): Range {
  if (!(range.from < range.to)) throw badInput("range.to", "must be after range.from");
  if (range.to.getTime() - range.from.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw badInput("range", `must span at most ${MAX_RANGE_DAYS} days`);
  return range;
}

/**
 * Counts and value per stage now, and the flow during `range` from the stage history: who entered each
 * stage, how many of those reached a later stage, the average stay (closed stays), and stage-to-stage moves.
 */
export async function pipelineStats(
  em: EntityManager,
  organizationId: string,
  stages: PipelineStage[],
  range: Range,
): Promise<PipelineStats> {
  const db = em.getKysely();
  const { from, to } = checkRange(range);
  const [current, flow, stays, moves] = await Promise.all([
    sql<{ stage_id: string; lead_count: number; total_value: number }>`
      select stage_id, count(*)::int as lead_count, coalesce(sum(deal_value), 0)::float8 as total_value
      from lead where organization_id = ${organizationId} and deleted_at is null and stage_id is not null
      group by stage_id`.execute(db),
    sql<{ stage_id: string; entered: number; advanced: number }>`
      select e.stage_id, count(distinct e.lead_id)::int as entered,
        count(distinct e.lead_id) filter (where exists (
          select 1 from lead_stage_change n join pipeline_stage ns on ns.id = n.stage_id
          where n.lead_id = e.lead_id and n.entered_at >= e.entered_at and n.id <> e.id
            and ns.category <> 'LOST' and ns.position > s.position))::int as advanced
      from lead_stage_change e join pipeline_stage s on s.id = e.stage_id
      where e.organization_id = ${organizationId} and e.entered_at >= ${from} and e.entered_at < ${to}
      group by e.stage_id`.execute(db),
    sql<{ stage_id: string; average_days: number }>`
      select stage_id, (avg(extract(epoch from left_at - entered_at)) / 86400)::float8 as average_days
      from lead_stage_change
      where organization_id = ${organizationId} and left_at >= ${from} and left_at < ${to}
      group by stage_id`.execute(db),
    sql<{ from_stage_id: string; stage_id: string; count: number }>`
      select from_stage_id, stage_id, count(*)::int as count from lead_stage_change
      where organization_id = ${organizationId} and from_stage_id is not null
        and entered_at >= ${from} and entered_at < ${to}
      group by from_stage_id, stage_id order by count desc`.execute(db),
  ]);
  const byStage = <T extends { stage_id: string }>(rows: T[]) =>
    new Map(rows.map((row) => [row.stage_id, row]));
  const now = byStage(current.rows);
  const flows = byStage(flow.rows);
  const averages = byStage(stays.rows);
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  return {
    from,
    to,
    stages: stages.map((stage) => {
      const entered = flows.get(stage.id)?.entered ?? 0;
      const advanced = flows.get(stage.id)?.advanced ?? 0;
      return {
        stage,
        leadCount: now.get(stage.id)?.lead_count ?? 0,
        totalValue: now.get(stage.id)?.total_value ?? 0,
        entered,
        advanced,
        conversionRate: stage.category === StageCategory.OPEN && entered > 0 ? advanced / entered : null,
        averageDaysInStage: averages.get(stage.id)?.average_days ?? null,
      };
    }),
    transitions: moves.rows.flatMap((row) => {
      const fromStage = stageById.get(row.from_stage_id);
      const toStage = stageById.get(row.stage_id);
      return fromStage && toStage ? [{ from: fromStage, to: toStage, count: row.count }] : [];
    }),
  };
}
