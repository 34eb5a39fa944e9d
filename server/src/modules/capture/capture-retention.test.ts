import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, TestClock, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql } from "../../../test/graphql-client.js";
import { appJobServices, runningJob } from "../../../test/job-services.js";
import { loadConfig } from "../../config.js";
import { jobDefinitions } from "../../jobs/definitions.js";
import { captureRetentionJob, purgeCaptureData } from "./capture-retention.js";

let server: TestApp;
let campaignId: string;
const clock = new TestClock(new Date("2026-06-01T03:30:00Z"));
const hoursAgo = (hours: number) => new Date(clock.now().getTime() - hours * 3_600_000);

beforeAll(async () => {
  server = await startTestApp();
  const { tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER });
  const created = await graphql(
    server.url,
    'mutation { createCampaign(input: { name: "Kept" }) { campaign { id } } }',
    {},
    tokens.manager,
  );
  campaignId = created.data!.createCampaign.campaign.id;
});
afterAll(() => server.close());

async function seed(rows: { key: string; at: Date }[]) {
  const db = server.em().getKysely();
  for (const { key, at } of rows) {
    await sql`insert into capture_request (id, campaign_id, key, request_hash, created_at)
      values (gen_random_uuid(), ${campaignId}, ${key}, '', ${at})`.execute(db);
    await sql`insert into capture_event (id, organization_id, campaign_id, channel, outcome, reason, created_at)
      select gen_random_uuid(), organization_id, id, 'API', 'REJECTED', ${key}, ${at} from campaign
      where id = ${campaignId}`.execute(db);
  }
}

const remaining = async () => {
  const db = server.em().getKysely();
  const keys = await sql<{ key: string }>`select key from capture_request order by key`.execute(db);
  const events = await sql<{ reason: string }>`select reason from capture_event order by reason`.execute(db);
  return { keys: keys.rows.map((r) => r.key), events: events.rows.map((r) => r.reason) };
};

describe("capture data retention", () => {
  it("forgets idempotency keys after 24 hours and log entries after the retention days, in batches", async () => {
    await seed([
      { key: "a-just-now", at: hoursAgo(1) },
      { key: "b-23h", at: hoursAgo(23) },
      { key: "c-25h", at: hoursAgo(25) },
      { key: "d-26h", at: hoursAgo(26) },
      { key: "e-29d", at: hoursAgo(29 * 24) },
      { key: "f-31d", at: hoursAgo(31 * 24) },
      { key: "g-40d", at: hoursAgo(40 * 24) },
    ]);
    const em = server.em();
    // Batches of 2 show the loop goes on until a batch comes back short.
    const first = await purgeCaptureData(em, { now: clock.now(), logRetentionDays: 30, batchSize: 2 });
    expect(first).toEqual({ requests: 5, events: 2 });
    expect(await remaining()).toEqual({
      keys: ["a-just-now", "b-23h"],
      events: ["a-just-now", "b-23h", "c-25h", "d-26h", "e-29d"],
    });
    // Idempotent: a second run (a retried job) finds nothing more; a day later the last two keys go.
    expect(await purgeCaptureData(em, { now: clock.now(), logRetentionDays: 30 })).toEqual({
      requests: 0,
      events: 0,
    });
    clock.advanceDays(1);
    expect(await purgeCaptureData(em, { now: clock.now(), logRetentionDays: 30 })).toEqual({
      requests: 2,
      events: 0, // e is now exactly 30 days old: kept until it is older
    });
  });

  it("runs daily from the job queue with CAPTURE_LOG_RETENTION_DAYS (default 90)", async () => {
    expect(jobDefinitions).toContain(captureRetentionJob);
    expect(captureRetentionJob.schedule).toBe("30 3 * * *");
    expect(loadConfig({ JWT_SECRET: "x".repeat(32) }).capture.logRetentionDays).toBe(90);
    expect(() => loadConfig({ JWT_SECRET: "x".repeat(32), CAPTURE_LOG_RETENTION_DAYS: "0" })).toThrow(
      /CAPTURE_LOG_RETENTION_DAYS/,
    );
    await seed([{ key: "h-old", at: new Date(Date.now() - 10 * 86_400_000) }]);
    await captureRetentionJob.run(
      {},
      {
        ...appJobServices(server),
        config: loadConfig({ JWT_SECRET: "x".repeat(32), CAPTURE_LOG_RETENTION_DAYS: "7" }),
      },
      runningJob("retention-now"),
    );
    expect((await remaining()).events).not.toContain("h-old");
  });
});
