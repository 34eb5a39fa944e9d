import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";
import { createTestDatabase } from "../../test/database.js";
import { graphql, login } from "../../test/graphql-client.js";
import { appJobServices, runningJob } from "../../test/job-services.js";
import { Lead } from "../modules/leads/lead.entity.js";
import { slaSweepJob } from "../modules/routing/sla.service.js";
import { DEMO_CAMPAIGNS, FORM_CAMPAIGN } from "./demo-campaigns.js";
import { DEMO_PASSWORD } from "./demo-data.js";

let server: TestApp;
/** When the demo had loaded: the SLA sweep's first run comes about then. */
let loadedAt: Date;
beforeAll(async () => {
  // DEMO_DATA=1 on an external (here: test) database, as an operator would ask for it.
  server = await startTestApp({ env: { DEMO_DATA: "1" } });
  loadedAt = new Date();
});
afterAll(() => server.close());

/** The first row a SQL query returns. */
const row = async <T>(query: string, parameters: unknown[] = []): Promise<T> =>
  (await server.em().getConnection().execute<T[]>(query, parameters))[0]!;
const count = async (query: string, parameters: unknown[] = []) =>
  (await row<{ n: number }>(query, parameters)).n;
const managerToken = () => login(server.url, "manager@acme.example", DEMO_PASSWORD);
/** A GraphQL query's data, as Acme's manager sees it. */
const asManager = async (query: string, variables = {}) =>
  (await graphql(server.url, query, variables, await managerToken())).data!;

describe("demo data", () => {
  it("loads Acme (2,000 leads over 90 days) and Globex (50), with working demo sign-ins", async () => {
    const token = await login(server.url, "rep1@acme.example", DEMO_PASSWORD);
    const response = await graphql(
      server.url,
      "{ me { role teams { name } } leads(first: 1) { totalCount } users { totalCount } }",
      {},
      token,
    );
    expect(response.data).toEqual({
      me: { role: "MEMBER", teams: [{ name: "Inbound" }] },
      leads: { totalCount: 2000 },
      users: { totalCount: 9 },
    });
    const globex = await login(server.url, "admin@globex.example", DEMO_PASSWORD);
    expect((await graphql(server.url, "{ leads(first: 1) { totalCount } }", {}, globex)).data).toEqual({
      leads: { totalCount: 50 },
    });
    const [oldest] = await server
      .em()
      .find(Lead, { deletedAt: null }, { orderBy: { createdAt: "asc" }, limit: 1 });
    expect(Date.now() - oldest!.createdAt.getTime()).toBeLessThanOrEqual(90 * 86_400_000);
    for (const role of ["admin", "manager", "viewer"])
      await expect(login(server.url, `${role}@acme.example`, DEMO_PASSWORD)).resolves.toBeTruthy();
  });

  it("is scored by the default rules into a realistic spread, not all hot", async () => {
    const manager = await login(server.url, "manager@acme.example", DEMO_PASSWORD);
    const { scoreDistribution } = (
      await graphql(server.url, "{ scoreDistribution { total average grades { grade count } } }", {}, manager)
    ).data!;
    expect(scoreDistribution.total).toBe(2000);
    expect(scoreDistribution.average).toBeGreaterThan(30);
    expect(scoreDistribution.average).toBeLessThan(65);
    for (const { grade, count } of scoreDistribution.grades)
      expect(count, `grade ${grade}`).toBeGreaterThan(100);
  });

  it("is varied: every status, several sources, owners and unassigned leads", async () => {
    const rows = await server
      .em()
      .getConnection()
      .execute<{ statuses: number; sources: number; owners: number; unassigned: number }[]>(
        "select count(distinct status)::int as statuses, count(distinct source)::int as sources, count(distinct assigned_to_id)::int as owners, count(*) filter (where assigned_to_id is null)::int as unassigned from lead",
      );
    expect(rows[0]).toMatchObject({ statuses: 5, owners: 7 });
    expect(rows[0]!.sources).toBeGreaterThanOrEqual(6);
    expect(rows[0]!.unassigned).toBeGreaterThan(0);
  });

  it("queues its unassigned open leads in the team of their routing rule, and the workload counts them", async () => {
    // The demo's rules: DACH countries to Outbound, everyone else to Inbound. A row with no team would fail.
    const queues = await server
      .em()
      .getConnection()
      .execute<{ team: string; dach: boolean; n: number }[]>(
        `select t.name as team, l.country in ('DE', 'AT', 'CH', 'Germany', 'Austria', 'Switzerland') as dach,
          count(*)::int as n
        from lead l join organization o on o.id = l.organization_id left join team t on t.id = l.queue_team_id
        where o.slug = 'acme' and l.assigned_to_id is null and l.deleted_at is null
          and l.status in ('NEW', 'CONTACTED', 'QUALIFIED')
        group by 1, 2 order by 1, 2`,
      );
    expect(queues.map(({ team, dach }) => ({ team, dach }))).toEqual([
      { team: "Inbound", dach: false },
      { team: "Outbound", dach: true },
    ]);
    // Owned or closed leads wait in no queue.
    expect(
      await count(`select count(*)::int as n from lead where queue_team_id is not null
        and (assigned_to_id is not null or status in ('CONVERTED', 'LOST'))`),
    ).toBe(0);

    const { teams } = await asManager("{ teams { edges { node { id name } } } }");
    expect(teams.edges).toHaveLength(2);
    for (const { node } of teams.edges) {
      const { teamWorkload } = await asManager(`query ($id: ID!) { teamWorkload(teamId: $id) { queued } }`, {
        id: node.id,
      });
      expect(teamWorkload.queued, node.name).toBeGreaterThan(0);
      expect(teamWorkload.queued, node.name).toBe(queues.find(({ team }) => team === node.name)!.n);
    }
  });
});

describe("demo pipeline", () => {
  it("has a past: leads moved through the stages, lost with reasons, and worked with activities", async () => {
    const manager = await login(server.url, "manager@acme.example", DEMO_PASSWORD);
    const { pipelineStats } = (
      await graphql(
        server.url,
        `
          query ($range: DateRangeInput) {
            pipelineStats(range: $range) {
              stages {
                stage {
                  name
                }
                leadCount
                entered
                conversionRate
                averageDaysInStage
              }
            }
          }
        `,
        {
          range: {
            from: new Date(Date.now() - 120 * 86_400_000).toISOString(),
            to: new Date().toISOString(),
          },
        },
        manager,
      )
    ).data!;
    const byName = Object.fromEntries(
      pipelineStats.stages.map((row: { stage: { name: string } }) => [row.stage.name, row]),
    );
    // Every acme lead entered New; some went on; stays that ended have a length.
    expect(byName.New.entered).toBe(2000);
    expect(byName.New.conversionRate).toBeGreaterThan(0.2);
    expect(byName.New.averageDaysInStage).toBeGreaterThan(0);
    expect(byName.Lost.leadCount).toBeGreaterThan(0);
    const [counts] = await server
      .em()
      .getConnection()
      .execute<{ activities: number; worked: number; lost_without_reason: number }[]>(
        `select (select count(*)::int from lead_activity) as activities,
          (select count(*)::int from lead where activities_count > 0) as worked,
          (select count(*)::int from lead where status = 'LOST' and lost_reason_code is null) as lost_without_reason`,
      );
    expect(counts!.activities).toBeGreaterThan(2000);
    expect(counts!.worked).toBeGreaterThan(500);
    expect(counts!.lost_without_reason).toBe(0);
  });
});

describe("demo SLA history", () => {
  it("gives every lead its grade's deadline; reps reached most leads in time, and never after they left New", async () => {
    // The deadline is the creation plus the grade's default minutes (A 30, B 240, others 1,440).
    expect(
      await count(`select count(*)::int as n from lead where sla_due_at is distinct from created_at
        + make_interval(mins => case grade when 'A' then 30 when 'B' then 240 else 1440 end)`),
    ).toBe(0);
    // Reached: every lead past New and some New ones, first by a call, email or meeting of their owner.
    expect(
      await count("select count(*)::int as n from lead where status <> 'NEW' and first_contacted_at is null"),
    ).toBe(0);
    const newLeads = await row<{ total: number; reached: number }>(
      "select count(*)::int as total, count(first_contacted_at)::int as reached from lead where status = 'NEW'",
    );
    expect(newLeads.reached).toBeGreaterThan(newLeads.total * 0.2);
    expect(newLeads.reached).toBeLessThan(newLeads.total * 0.8);
    expect(
      await count(`select count(*)::int as n from lead l where first_contacted_at is not null
        and l.assigned_to_id is not null and not exists (select 1 from lead_activity a where a.lead_id = l.id
          and a.type in ('CALL', 'EMAIL', 'MEETING') and a.occurred_at = l.first_contacted_at
          and a.actor_id = l.assigned_to_id)`),
    ).toBe(0);
    // Never before creation, after an earlier call, email or meeting, after leaving New, or in the future;
    // never two at that moment.
    expect(
      await count(
        `select count(*)::int as n from lead l where first_contacted_at < created_at or first_contacted_at > ?
          or exists (select 1 from lead_activity a where a.lead_id = l.id
            and a.type in ('CALL', 'EMAIL', 'MEETING', 'SMS') and a.occurred_at < l.first_contacted_at)
          or exists (select 1 from lead_stage_change c where c.lead_id = l.id and c.from_stage_id is not null
            and c.entered_at < l.first_contacted_at)
          or (select count(*) from lead_activity a where a.lead_id = l.id
            and a.type in ('CALL', 'EMAIL', 'MEETING', 'SMS') and a.occurred_at = l.first_contacted_at) > 1`,
        [loadedAt],
      ),
    ).toBe(0);
    const timing = await row<{
      reached: number;
      in_time: number;
    }>(`select count(first_contacted_at)::int as reached,
          count(*) filter (where first_contacted_at <= sla_due_at)::int as in_time from lead`);
    expect(timing.in_time / timing.reached).toBeGreaterThan(0.6);
    expect(timing.in_time / timing.reached).toBeLessThan(0.85);
  });

  it("shows each rep's SLA figures on the workload: mostly met, some breaches, a first-contact median", async () => {
    const { teams } = await asManager("{ teams { edges { node { id } } } }");
    const reps = [];
    for (const { node } of teams.edges) {
      const { teamWorkload } = await asManager(
        `query ($id: ID!) { teamWorkload(teamId: $id) { reps { user { email } slaMetPercent slaBreaches
          averageFirstContactMinutes medianFirstContactMinutes } } }`,
        { id: node.id },
      );
      reps.push(...teamWorkload.reps);
    }
    expect(reps).toHaveLength(6);
    for (const rep of reps) {
      expect(rep.slaMetPercent, rep.user.email).toBeGreaterThan(50);
      expect(rep.slaMetPercent, rep.user.email).toBeLessThan(90);
      expect(rep.slaBreaches, rep.user.email).toBeGreaterThan(0);
      expect(rep.medianFirstContactMinutes, rep.user.email).toBeGreaterThan(0);
      expect(rep.averageFirstContactMinutes, rep.user.email).toBeGreaterThan(0);
    }
  });

  it("has flagged its missed deadlines already, so the first SLA sweep finds nothing; recent ones still run", async () => {
    const missed = await count("select count(*)::int as n from lead where sla_breached_at is not null");
    // Flagged when they were missed, as the sweep flags them, whether contacted late or not yet.
    expect(missed).toBeGreaterThan(300);
    expect(
      await count(`select count(*)::int as n from lead where sla_breached_at is not null and (sla_breached_at <> sla_due_at
        or first_contacted_at <= sla_due_at)`),
    ).toBe(0);
    expect(
      await count("select count(*)::int as n from lead where first_contacted_at is null and sla_due_at > ?", [
        loadedAt,
      ]),
    ).toBeGreaterThan(0);
    await slaSweepJob.run(
      {},
      { ...appJobServices(server), clock: { now: () => loadedAt } },
      runningJob("sweep"),
    );
    expect(await count("select count(*)::int as n from lead where sla_breached_at is not null")).toBe(missed);
    expect(await count("select count(*)::int as n from notification where type = 'SLA_BREACHED'")).toBe(0);
  });
});

describe("demo deal values", () => {
  it("values every Qualified and Converted lead, some Contacted ones, and the pipeline sums them", async () => {
    const values = await row<{
      unpriced_late: number;
      contacted: number;
      priced_contacted: number;
      early_priced: number;
    }>(`select count(*) filter (where status in ('QUALIFIED', 'CONVERTED') and not deal_value > 0)::int as unpriced_late,
          count(*) filter (where status = 'CONTACTED')::int as contacted,
          count(*) filter (where status = 'CONTACTED' and deal_value > 0)::int as priced_contacted,
          count(*) filter (where status in ('NEW', 'LOST') and deal_value is not null)::int as early_priced
        from lead`);
    expect(values).toMatchObject({ unpriced_late: 0, early_priced: 0 });
    expect(values.priced_contacted).toBeGreaterThan(values.contacted * 0.2);
    expect(values.priced_contacted).toBeLessThan(values.contacted * 0.6);
    // Small companies' deals are worth less than large ones', and a stated budget bounds the value.
    const bySize = await row<{
      small: number;
      large: number;
      outside_budget: number;
    }>(`select percentile_cont(0.5) within group (order by deal_value) filter (where employees <= 50) as small,
          percentile_cont(0.5) within group (order by deal_value) filter (where employees > 1000) as large,
          count(*) filter (where custom_fields->>'budgetRange' = '< 10k' and deal_value > 10000)::int as outside_budget
        from lead where deal_value is not null`);
    expect(bySize.large).toBeGreaterThan(bySize.small * 5);
    expect(bySize.outside_budget).toBe(0);

    const { pipelineStats } = await asManager("{ pipelineStats { stages { stage { name } totalValue } } }");
    const value = Object.fromEntries(
      pipelineStats.stages.map((stat: { stage: { name: string }; totalValue: number }) => [
        stat.stage.name,
        stat.totalValue,
      ]),
    );
    for (const stage of ["Contacted", "Qualified", "Converted"])
      expect(value[stage], stage).toBeGreaterThan(0);
    expect(value.New).toBe(0);
  });
});

describe("demo campaigns and capture", () => {
  it("has the campaigns its leads name, with analytics over their leads", async () => {
    const { campaigns } = await asManager(
      "{ campaigns { totalCount edges { node { id name status budget } } } }",
    );
    const manager = await managerToken();
    expect(campaigns.totalCount).toBe(DEMO_CAMPAIGNS.length);
    const statuses = campaigns.edges.map(({ node }: { node: { status: string } }) => node.status);
    expect(statuses).toContain("ACTIVE");
    expect(statuses).toContain("COMPLETED");
    for (const { node } of campaigns.edges) {
      const response = await fetch(`${server.url}/v1/api/campaigns/${node.id}/analytics`, {
        headers: { authorization: `Bearer ${manager}` },
      });
      const { analytics } = (await response.json()) as { analytics: Record<string, unknown> };
      const named = await row<{ total: number; converted: number }>(
        `select count(*)::int as total, count(*) filter (where status = 'CONVERTED')::int as converted
          from lead l join organization o on o.id = l.organization_id where o.slug = 'acme' and l.campaign = ?`,
        [node.name],
      );
      expect(named.total, node.name).toBeGreaterThan(200);
      expect(analytics, node.name).toMatchObject({
        campaign_name: node.name,
        total_leads: named.total,
        converted_leads: named.converted,
        cost_per_lead: Math.round((node.budget / named.total) * 100) / 100,
      });
    }
    // Globex's leads belong to Globex's campaigns of the same names, never to Acme's.
    expect(
      await count(`select count(*)::int as n from lead l left join campaign c on c.id = l.source_campaign_id
        where l.campaign is distinct from c.name or l.organization_id <> coalesce(c.organization_id, l.organization_id)`),
    ).toBe(0);
  });

  it("has a web form on the launch campaign, whose recent leads fill the capture log", async () => {
    const { forms, campaigns, captureEvents } = await asManager(`{
      forms { edges { node { id name campaignId fields { name required } } } }
      campaigns { edges { node { id name } } }
      captureEvents { edges { node { channel outcome reason sourceKey leadId campaignId } } }
    }`);
    const launch = campaigns.edges.find(
      ({ node }: { node: { name: string } }) => node.name === FORM_CAMPAIGN,
    );
    expect(forms.edges).toHaveLength(1);
    const [{ node: form }] = forms.edges;
    expect(form.campaignId).toBe(launch.node.id);
    expect(form.fields).toContainEqual({ name: "email", required: true });
    // A form page serves it (the embed a site would use).
    expect((await fetch(`${server.url}/v1/forms/${form.id}/embed`)).status).toBe(200);

    const events: Record<string, string>[] = captureEvents.edges.map(
      (edge: { node: Record<string, string> }) => edge.node,
    );
    const outcome = (name: string) => events.filter((event) => event.outcome === name);
    expect(outcome("ACCEPTED").length).toBeGreaterThanOrEqual(10);
    for (const event of outcome("ACCEPTED"))
      expect(event).toMatchObject({ channel: "FORM", sourceKey: form.id, campaignId: launch.node.id });
    const leads = await server.em().find(Lead, { id: outcome("ACCEPTED").map((event) => event.leadId!) });
    expect(leads.every((lead) => lead.campaign === FORM_CAMPAIGN)).toBe(true);
    expect(outcome("DUPLICATE")).toHaveLength(1);
    // Refusals as the capture API logs them: the code, then what was wrong.
    expect(outcome("REJECTED").length).toBeGreaterThan(0);
    for (const event of outcome("REJECTED")) expect(event.reason).toMatch(/^[A-Z_]+: contact\./);
  });
});

describe("several instances starting together", () => {
  it("apply migrations and load the demo exactly once", async () => {
    const database = await createTestDatabase();
    try {
      const instances = await Promise.all(
        [1, 2, 3].map(() => startTestApp({ database, env: { DEMO_DATA: "1" } })),
      );
      const counts = await instances[0]!
        .em()
        .getConnection()
        .execute<{ orgs: number; leads: number }[]>(
          "select (select count(*)::int from organization) as orgs, (select count(*)::int from lead) as leads",
        );
      expect(counts[0]).toEqual({ orgs: 2, leads: 2050 });
      await Promise.all(instances.map((instance) => instance.close()));
    } finally {
      await database.drop();
    }
  });
});
