import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";
import { createTestDatabase } from "../../test/database.js";
import { graphql, login } from "../../test/graphql-client.js";
import { Lead } from "../modules/leads/lead.entity.js";
import { DEMO_PASSWORD } from "./demo-data.js";

let server: TestApp;
beforeAll(async () => {
  // DEMO_DATA=1 on an external (here: test) database, as an operator would ask for it.
  server = await startTestApp({ env: { DEMO_DATA: "1" } });
});
afterAll(() => server.close());

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
