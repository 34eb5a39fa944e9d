import { Role } from "@leadline/shared";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, TestClock, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql } from "../../../test/graphql-client.js";
import { appJobServices, runningJob } from "../../../test/job-services.js";
import { Lead } from "../leads/lead.entity.js";
import { ScoringRun } from "./scoring-run.entity.js";
import { scoreDecayJob } from "./scoring-run.service.js";

const clock = new TestClock(new Date());
let server: TestApp;
let tokens: Record<string, string>;
let acmeId: string;

beforeAll(async () => {
  server = await startTestApp({ clock });
  const seeded = await seedAcmeAndGlobex(server, { manager: Role.MANAGER });
  tokens = seeded.tokens;
  acmeId = seeded.acme.organization.id;
});
afterAll(() => server.close());

it("background jobs read the business clock: three weeks on it, and the daily decay run takes 15 points", async () => {
  const created = await graphql(
    server.url,
    `
      mutation {
        createLead(
          input: { firstName: "Tom", lastName: "Idle", email: "tom@idle-corp.example", company: "Idle Corp" }
        ) {
          lead {
            id
            score
          }
        }
      }
    `,
    {},
    tokens.manager,
  );
  const { id, score } = created.data!.createLead.lead;
  expect(score).toBeGreaterThanOrEqual(15);

  clock.advanceDays(22);
  await scoreDecayJob.run({}, appJobServices(server), runningJob("decay"));
  const em = server.em();
  // Each organisation gets a run: wait for the lead's (waiting for either one made this test flaky).
  const run = await em.findOneOrFail(ScoringRun, { reason: "DECAY", organization: acmeId });
  for (let attempt = 0; attempt < 200 && run.status !== "COMPLETED" && run.status !== "FAILED"; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await em.refresh(run);
  }
  expect(run.status).toBe("COMPLETED");
  const lead = await em.fork().findOneOrFail(Lead, id);
  expect(lead.score).toBe(score - 15);
  expect(lead.scoreBreakdown.at(-1)).toMatchObject({ ruleId: "decay", points: -15 });
});
