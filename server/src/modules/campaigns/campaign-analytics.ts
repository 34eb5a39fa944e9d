import { LeadStatus } from "@leadline/shared";
import { sql } from "kysely";
import type { EntityManager } from "../../db/orm.js";
import type { Campaign } from "./campaign.entity.js";

const TOP_UTM_CONTENT = 10;

/** The seed spec's campaign analytics: totals, qualified, conversion rate, average score, cost per lead, breakdowns. */
export async function campaignAnalytics(em: EntityManager, campaign: Campaign) {
  const db = em.getKysely();
  const live = sql`source_campaign_id = ${campaign.id} and deleted_at is null`;
  const [totals, bySource, byContent] = await Promise.all([
    sql<{ total: number; qualified: number; converted: number; average: number | null }>`
      select count(*)::int as total,
             count(*) filter (where status in (${LeadStatus.QUALIFIED}, ${LeadStatus.CONVERTED}))::int as qualified,
             count(*) filter (where status = ${LeadStatus.CONVERTED})::int as converted,
             round(avg(score), 1)::float as average
      from lead where ${live}`.execute(db),
    sql<{ source: string; count: number }>`
      select coalesce(source, 'unknown') as source, count(*)::int as count from lead where ${live}
      group by 1 order by 2 desc, 1`.execute(db),
    sql<{ utm_content: string; count: number }>`
      select utm_content, count(*)::int as count from lead where ${live} and utm_content is not null
      group by 1 order by 2 desc, 1 limit ${TOP_UTM_CONTENT}`.execute(db),
  ]);
  const { total, qualified, converted, average } = totals.rows[0]!;
  return {
    campaign_id: campaign.id,
    campaign_name: campaign.name,
    total_leads: total,
    qualified_leads: qualified,
    converted_leads: converted,
    conversion_rate: total > 0 ? Math.round((converted / total) * 10_000) / 100 : 0,
    average_score: average ?? 0,
    cost_per_lead:
      campaign.budget !== null && total > 0 ? Math.round((campaign.budget / total) * 100) / 100 : null,
    leads_by_source: Object.fromEntries(bySource.rows.map((row) => [row.source, row.count])),
    top_utm_content: byContent.rows,
  };
}
