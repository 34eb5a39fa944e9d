import { Role } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, subscribe } from "../../../test/graphql-client.js";
import { appJobServices, runningJob } from "../../../test/job-services.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadScore, ScoreChangeReason } from "./lead-score.entity.js";
import { ScoringRun } from "./scoring-run.entity.js";
import { executeRescore, scoreDecayJob } from "./scoring-run.service.js";

const CREATE_LEAD = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id score } } }";
const CREATE_RULE = `mutation($input: CreateScoringRuleInput!) {
  createScoringRule(input: $input) { rule { id } rescore { id status reason } } }`;
const RUN =
  "query($id: ID!) { scoringRun(id: $id) { id status reason total processed changed progress error requestedBy { email } } }";
const RESCORE = "mutation($input: RescoreLeadsInput!) { rescoreLeads(input: $input) { run { id status } } }";

let server: TestApp;
let tokens: Record<string, string>;
let acmeId: string;

beforeAll(async () => {
  server = await startTestApp();
  const seeded = await seedAcmeAndGlobex(server, {
    admin: Role.ADMIN,
    manager: Role.MANAGER,
    rep: Role.MEMBER,
  });
  ({ tokens } = seeded);
  acmeId = seeded.acme.organization.id;
  for (const [i, country] of ["DE", "DE", "FR", "US", "DE"].entries())
    await graphql(server.url, CREATE_LEAD, { input: { lastName: `Lead ${i}`, country } }, tokens.manager);
});
afterAll(() => server.close());

/** Reads the run until the background job has finished it. */
async function finished(id: string, token = tokens.manager) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const run = (await graphql(server.url, RUN, { id }, token)).data!.scoringRun;
    if (run.status === "COMPLETED" || run.status === "FAILED") return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${id} did not finish`);
}

const leadScores = async () =>
  Object.fromEntries(
    (await server.em().find(Lead, { organization: acmeId })).map((lead) => [lead.lastName, lead.score]),
  );

describe("background rescoring", () => {
  it("goes back to QUEUED when the instance stops during it, and its retry finishes it", async () => {
    const em = server.em();
    const run = em.create(ScoringRun, {
      organization: acmeId,
      reason: ScoreChangeReason.RESCORED,
      filter: null,
    });
    await em.flush();
    const stopping = new AbortController();
    stopping.abort(new Error("the instance is stopping"));
    // The batch already read is written; the run stops before the next and waits for its retry.
    await expect(executeRescore(run.id, appJobServices(server), stopping.signal)).rejects.toThrow("stopping");
    expect(await server.em().findOneOrFail(ScoringRun, run.id)).toMatchObject({
      status: "QUEUED",
      startedAt: null,
      error: null,
    });
    await executeRescore(run.id, appJobServices(server));
    expect(await server.em().findOneOrFail(ScoringRun, run.id)).toMatchObject({
      status: "COMPLETED",
      processed: 5,
    });
  });

  it("rescores the organisation after a rule change, pushing progress over WebSocket", async () => {
    const before = await leadScores();
    const events = await subscribe(
      server,
      tokens.rep,
      "subscription { scoringRunUpdated { id status processed total } }",
    );
    const created = await graphql(
      server.url,
      CREATE_RULE,
      {
        input: {
          name: "Germany",
          category: "DEMOGRAPHIC",
          field: "country",
          operator: "EQUALS",
          value: "de",
          points: 20,
        },
      },
      tokens.admin,
    );
    const rescore = created.data!.createScoringRule.rescore;
    expect(rescore).toMatchObject({ status: "QUEUED", reason: "RULES_CHANGED" });

    const run = await finished(rescore.id);
    expect(run).toMatchObject({ status: "COMPLETED", total: 5, processed: 5, changed: 3, progress: 1 });
    expect(run.requestedBy).toEqual({ email: "admin@acme.test" });
    const after = await leadScores();
    for (const name of ["Lead 0", "Lead 1", "Lead 4"]) expect(after[name]).toBe(before[name] + 20);
    for (const name of ["Lead 2", "Lead 3"]) expect(after[name]).toBe(before[name]);
    expect(
      await server.em().count(LeadScore, { organization: acmeId, reason: ScoreChangeReason.RULES_CHANGED }),
    ).toBe(3);

    const seen: { status: string }[] = [];
    while (seen.at(-1)?.status !== "COMPLETED") seen.push((await events.next()).scoringRunUpdated);
    expect(seen[0]).toMatchObject({ id: rescore.id, status: "RUNNING" });
    expect(seen.at(-1)).toMatchObject({ processed: 5, total: 5 });
    await events.close();
  });

  it("rescores on request (MANAGER and above), within the viewer's organisation only", async () => {
    expect(errorCode(await graphql(server.url, RESCORE, { input: {} }, tokens.rep))).toBe("FORBIDDEN");
    const requested = await graphql(
      server.url,
      RESCORE,
      { input: { filter: { scoreMin: 20 } } },
      tokens.manager,
    );
    const { id } = requested.data!.rescoreLeads.run;
    expect(await finished(id)).toMatchObject({ status: "COMPLETED", total: 3, changed: 0 });
    expect(errorCode(await graphql(server.url, RUN, { id }, tokens.globex))).toBe("NOT_FOUND");
    const globexRuns = await graphql(server.url, "{ scoringRuns { totalCount } }", {}, tokens.globex);
    expect(globexRuns.data!.scoringRuns.totalCount).toBe(0);
  });

  it("queues no run when the rule change is refused", async () => {
    const runs = await server.em().count(ScoringRun, { organization: acmeId });
    const refused = await graphql(
      server.url,
      CREATE_RULE,
      {
        input: {
          name: "Bad",
          category: "DEMOGRAPHIC",
          field: "employees",
          operator: "GREATER_THAN",
          value: "many",
          points: 5,
        },
      },
      tokens.admin,
    );
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(await server.em().count(ScoringRun, { organization: acmeId })).toBe(runs);
  });

  it("decays leads without activity, daily, and records it as DECAY", async () => {
    // Two leads last active three weeks ago; the rest are new.
    await sql`update lead set created_at = now() - interval '22 days' where last_name in ('Lead 0', 'Lead 2')`.execute(
      server.em().getKysely(),
    );
    const before = await leadScores();
    await scoreDecayJob.run({}, appJobServices(server), runningJob("decay-now"));
    const run = await server
      .em()
      .findOneOrFail(ScoringRun, { organization: acmeId, reason: ScoreChangeReason.DECAY });
    expect(await finished(run.id)).toMatchObject({ status: "COMPLETED", total: 2, changed: 2 });
    const after = await leadScores();
    expect(after["Lead 0"]).toBe(Math.max(0, before["Lead 0"] - 15));
    expect(after["Lead 2"]).toBe(Math.max(0, before["Lead 2"] - 15));
    expect(after["Lead 1"]).toBe(before["Lead 1"]);
    const decayed = await server.em().findOneOrFail(Lead, { organization: acmeId, lastName: "Lead 0" });
    expect(decayed.scoreBreakdown.at(-1)).toMatchObject({
      ruleId: "decay",
      name: "No activity for 3 weeks",
      points: -15,
    });
  });

  it("turns decay off per organisation, and rescores when settings change", async () => {
    const updated = await graphql(
      server.url,
      "mutation { updateScoringSettings(input: { decayPointsPerWeek: 0 }) { decayPointsPerWeek } }",
      {},
      tokens.admin,
    );
    expect(updated.data!.updateScoringSettings.decayPointsPerWeek).toBe(0);
    const run = await server
      .em()
      .findOneOrFail(
        ScoringRun,
        { organization: acmeId, reason: ScoreChangeReason.SETTINGS_CHANGED },
        { orderBy: { createdAt: "desc" } },
      );
    await finished(run.id);
    const decayed = await server.em().findOneOrFail(Lead, { organization: acmeId, lastName: "Lead 0" });
    expect(decayed.scoreBreakdown.some((entry) => entry.ruleId === "decay")).toBe(false);
    const bad = await graphql(
      server.url,
      "mutation { updateScoringSettings(input: { decayPointsPerWeek: 101 }) { decayPointsPerWeek } }",
      {},
      tokens.admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "decayPointsPerWeek",
    });
  });
});
