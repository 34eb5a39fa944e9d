import { withClient } from "../db/admin.js";
import { graphql } from "./graphql.js";
import { emit, progress, summarize } from "./stats.js";

const ACTIVITIES_ON_LEAD = 1_000;
/** Other leads' activities, so the table is not just the one lead's (the index must pick its rows out). */
const OTHER_ACTIVITIES = 200_000;
const PAGE = 50;
const WALKS = 10;

const TIMELINE = `query($id: ID!, $after: String) { lead(id: $id) {
  timeline(first: ${PAGE}, after: $after) { edges { node { id type occurredAt } } pageInfo { hasNextPage endCursor } } } }`;

interface TimelinePage {
  lead: {
    timeline: {
      edges: { node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

/**
 * A lead's timeline through the API: one lead with 1,000 activities among 200,000 others, read page by
 * page (50 a page) from the first to the last, ten times. Every page, deep or not, should cost the same:
 * it is a keyset read of `lead_activity_timeline_idx`. Returns false when a walk misses or repeats a row.
 */
export async function benchTimeline(url: string, token: string, databaseUrl: string, organizationId: string) {
  progress(`timeline: inserting ${ACTIVITIES_ON_LEAD} + ${OTHER_ACTIVITIES} activities`);
  const leadId = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "select id from lead where organization_id = $1 and deleted_at is null order by id limit 1",
      [organizationId],
    );
    const id = rows[0]!.id;
    await client.query(
      `insert into lead_activity (id, organization_id, lead_id, type, subject, occurred_at)
       select gen_random_uuid(), $1, $2, (array['CALL','EMAIL','NOTE','WEBSITE_VISIT'])[1 + i % 4]::activity_type,
         'bench ' || i, now() - i * interval '1 minute'
       from generate_series(1, $3) i`,
      [organizationId, id, ACTIVITIES_ON_LEAD],
    );
    await client.query(
      `insert into lead_activity (id, organization_id, lead_id, type, subject, occurred_at)
       select gen_random_uuid(), $1, l.id, 'NOTE', 'other', now() - (random() * 90) * interval '1 day'
       from (select id from lead where organization_id = $1 and id <> $2 order by random() limit 5000) l,
         generate_series(1, $3 / 5000)`,
      [organizationId, id, OTHER_ACTIVITIES],
    );
    await client.query("analyze lead_activity");
    return id;
  });

  const latencies: number[] = [];
  let ok = true;
  for (let walk = 0; walk < WALKS; walk++) {
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const started = performance.now();
      const page: TimelinePage = await graphql<TimelinePage>(url, TIMELINE, { id: leadId, after }, token);
      latencies.push(performance.now() - started);
      for (const { node } of page.lead.timeline.edges) seen.add(node.id);
      after = page.lead.timeline.pageInfo.hasNextPage ? page.lead.timeline.pageInfo.endCursor : null;
    } while (after);
    if (seen.size !== ACTIVITIES_ON_LEAD) ok = false;
  }
  emit({
    bench: "lead_timeline_pages",
    activities_on_lead: ACTIVITIES_ON_LEAD,
    activities_in_table: ACTIVITIES_ON_LEAD + OTHER_ACTIVITIES,
    page_size: PAGE,
    ...summarize(latencies),
    complete_walks: ok,
    unit: "ms per page",
  });
  return ok;
}
