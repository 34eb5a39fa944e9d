import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connectOrm } from "../db/orm.js";
import { createLogger } from "../logger.js";
import { createTestDatabase, type TestDatabase } from "../../test/database.js";
import { bareJobServices } from "../../test/job-services.js";
import { JobQueue, type JobDefinition } from "./queue.js";

let database: TestDatabase;
let jobs: JobQueue;
let orm: Awaited<ReturnType<typeof connectOrm>>;
const runs = new Map<number, number>();

// A job that fails the first time for item 7 only.
const batchedJob: JobDefinition<{ item: number }> = {
  name: "test.batched",
  queue: { retryLimit: 1, retryDelay: 0 },
  batchSize: 10,
  async run({ item }) {
    runs.set(item, (runs.get(item) ?? 0) + 1);
    if (item === 7 && runs.get(item) === 1) throw new Error("item 7 fails once");
  },
};

// A job that takes its batches whole (one query for all, say); item 3 fails once.
const wholeBatchRuns = new Map<number, number>();
const wholeBatchSizes: number[] = [];
const wholeBatchJob: JobDefinition<{ item: number }> = {
  name: "test.whole-batch",
  queue: { retryLimit: 1, retryDelay: 0 },
  batchSize: 10,
  run: () => Promise.reject(new Error("batches go to runBatch")),
  async runBatch(jobs) {
    wholeBatchSizes.push(jobs.length);
    const failures = new Map<string, unknown>();
    for (const { id, data } of jobs) {
      wholeBatchRuns.set(data.item, (wholeBatchRuns.get(data.item) ?? 0) + 1);
      if (data.item === 3 && wholeBatchRuns.get(3) === 1) failures.set(id, new Error("item 3 fails once"));
    }
    return failures;
  },
};

// A long job: it works until told to stop (its signal), as the duplicate check and imports do.
let longJobStarted: () => void;
const longJobRunning = new Promise<void>((resolve) => (longJobStarted = resolve));
const longJob: JobDefinition<object> = {
  name: "test.long",
  queue: { retryLimit: 1 },
  async run(_data, _services, { signal }) {
    longJobStarted();
    await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await connectOrm({ clientUrl: database.url });
  const logger = createLogger("silent");
  // A minute between polls: whatever gets done below was done without waiting for one.
  jobs = new JobQueue({ clientUrl: database.url, logger, pollingIntervalSeconds: 60 });
  await jobs.start([batchedJob, wholeBatchJob, longJob], bareJobServices(orm, logger));
});
afterAll(async () => {
  await jobs.stop();
  await orm.close();
  await database.drop();
});

it("works off a burst in full batches without waiting for a poll, each job settled on its own", async () => {
  const items = Array.from({ length: 45 }, (_, item) => ({ item }));
  await jobs.sendMany(batchedJob, items);
  for (let waited = 0; waited < 200 && runs.size < items.length; waited++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(runs.size).toBe(items.length);
  // Item 7 failed alone: its batch's other jobs completed once each, and it ran again on retry.
  for (let waited = 0; waited < 200 && runs.get(7) !== 2; waited++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect([...runs].filter(([, count]) => count !== 1)).toEqual([[7, 2]]);
});

it("hands a definition with runBatch its batches whole, and retries only the job it says failed", async () => {
  await jobs.sendMany(
    wholeBatchJob,
    Array.from({ length: 20 }, (_, item) => ({ item })),
  );
  for (let waited = 0; waited < 200 && wholeBatchRuns.get(3) !== 2; waited++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect([...wholeBatchRuns].filter(([, count]) => count !== 1)).toEqual([[3, 2]]);
  expect(wholeBatchRuns.size).toBe(20);
  expect(Math.max(...wholeBatchSizes)).toBe(10);
});

it("tells running jobs to stop when the queue stops: they end on their own, not failed by the shutdown", async () => {
  const id = await jobs.send(longJob, {});
  await longJobRunning;
  // Without the stop signal the job would run out the grace period and be failed by pg-boss for a retry.
  await jobs.stop(3_000);
  const { rows } = await sql<{ state: string }>`select state from pgboss.job where id = ${id}`.execute(
    orm.em.getKysely(),
  );
  expect(rows).toEqual([{ state: "completed" }]);
});
