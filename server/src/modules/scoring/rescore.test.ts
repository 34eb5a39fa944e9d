import { evaluateScore, Role, type ScorableLead } from "@leadline/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOrganization, startTestApp, type TestApp } from "../../../test/app.js";
import type { EntityManager } from "../../db/orm.js";
import { Lead } from "../leads/lead.entity.js";
import { LeadScore, ScoreChangeReason } from "./lead-score.entity.js";
import { CONCURRENT_WRITES, rescoreLeads } from "./rescore.js";
import { ScoringRule } from "./scoring-rule.entity.js";
import { loadScoringSettings, ScoringService, toRuleDefinition } from "./scoring.service.js";

let server: TestApp;
let acmeId: string;
let globexId: string;
const NOW = new Date("2026-06-01T12:00:00Z");
const CREATED = new Date("2026-05-30T12:00:00Z");

/** Leads scored by the rules of the moment, as createLead would. */
async function createLeads(organizationId: string, rows: Partial<Lead>[]): Promise<void> {
  const em = server.em();
  const scoring = new ScoringService(em, organizationId);
  for (const data of rows) {
    const lead = em.create(Lead, { organization: organizationId, createdAt: CREATED, ...data });
    await scoring.applyScore(lead, ScoreChangeReason.CREATED, null, CREATED);
  }
  await em.flush();
}

/** What the shared evaluator says each lead should score now, with the stored rules and settings. */
async function expectedScores(em: EntityManager, organizationId: string): Promise<Map<string, number>> {
  const rules = (await em.find(ScoringRule, { organization: organizationId })).map(toRuleDefinition);
  const settings = await loadScoringSettings(em, organizationId);
  const leads = await em.find(Lead, { organization: organizationId });
  return new Map(
    leads.map((lead) => [
      lead.id,
      lead.scoreOverride ??
        evaluateScore(rules, lead as unknown as ScorableLead, { now: NOW }, settings).score,
    ]),
  );
}

const scoresOf = async (organizationId: string) =>
  new Map((await server.em().find(Lead, { organization: organizationId })).map((l) => [l.id, l.score]));

beforeAll(async () => {
  server = await startTestApp();
  acmeId = (await seedOrganization(server.em(), "acme", { admin: Role.ADMIN })).organization.id;
  globexId = (await seedOrganization(server.em(), "globex", { admin: Role.ADMIN })).organization.id;
  const titles = ["VP Sales", "Sales Manager", "Engineer", null];
  const rows = Array.from({ length: 23 }, (_, i) => ({
    email: i % 3 === 0 ? `lead${i}@gmail.com` : `lead${i}@corp${i}.example`,
    jobTitle: titles[i % 4],
    company: i % 5 === 0 ? null : `Corp ${i}`,
    source: i % 2 === 0 ? "PAID_SEARCH" : "EVENT",
  }));
  await createLeads(acmeId, rows);
  await createLeads(globexId, rows.slice(0, 5));
});
afterAll(() => server.close());

describe("rescoreLeads", () => {
  it("gives every lead what the evaluator gives, writes only what changed, and records the moves", async () => {
    const em = server.em();
    // Decay off: the leads were scored at creation, so only the rule change should move them.
    await sql`insert into scoring_settings (organization_id, decay_points_per_week) values (${acmeId}, 0)
      on conflict (organization_id) do update set decay_points_per_week = 0`.execute(em.getKysely());
    const before = await scoresOf(acmeId);
    const company = await em.findOneOrFail(ScoringRule, { organization: acmeId, field: "company" });
    company.points = 30;
    await em.flush();

    const progress: number[] = [];
    const outcome = await rescoreLeads(
      em,
      { organizationId: acmeId },
      {
        reason: ScoreChangeReason.RULES_CHANGED,
        now: NOW,
        batchSize: 5,
        onProgress: async (p) => void progress.push(p.processed),
      },
    );

    const after = await scoresOf(acmeId);
    expect(after).toEqual(await expectedScores(server.em(), acmeId));
    const moved = [...after].filter(([id, score]) => before.get(id) !== score).map(([id]) => id);
    expect(moved.length).toBe(18); // the leads with a company
    expect(outcome).toEqual({ total: 23, processed: 23, changed: 18 });
    expect(progress).toEqual([0, 5, 10, 15, 20, 23]);
    const history = await server
      .em()
      .find(LeadScore, { organization: acmeId, reason: ScoreChangeReason.RULES_CHANGED });
    expect(history.map((h) => h.lead.id).sort()).toEqual(moved.sort());
    expect(history.every((h) => h.delta === 25 && h.previousScore === h.score - 25)).toBe(true);
    // Globex's leads are another organisation's: untouched.
    expect(
      await server.em().count(LeadScore, { organization: globexId, reason: ScoreChangeReason.RULES_CHANGED }),
    ).toBe(0);

    const again = await rescoreLeads(
      server.em(),
      { organizationId: acmeId },
      { reason: ScoreChangeReason.RULES_CHANGED, now: NOW },
    );
    expect(again).toEqual({ total: 23, processed: 23, changed: 0 });
  });

  it("rescores only the leads a filter selects", async () => {
    const em = server.em();
    const rule = await em.findOneOrFail(ScoringRule, { organization: acmeId, field: "company" });
    rule.points = 1;
    await em.flush();
    const outcome = await rescoreLeads(
      server.em(),
      { organizationId: acmeId, filter: { source: ["EVENT"] } },
      { reason: ScoreChangeReason.RESCORED, now: NOW },
    );
    expect(outcome.total).toBe(11);
    const leads = await server.em().find(Lead, { organization: acmeId });
    const expected = await expectedScores(server.em(), acmeId);
    for (const lead of leads)
      if (lead.source === "EVENT") expect(lead.score).toBe(expected.get(lead.id));
      else if (lead.company) expect(lead.score).not.toBe(expected.get(lead.id));
  });

  it("leaves a lead alone when it was edited after being read (the edit scored it)", async () => {
    const em = server.em();
    const rule = await em.findOneOrFail(ScoringRule, { organization: acmeId, field: "company" });
    rule.points = 20;
    await em.flush();
    const ids = (await em.find(Lead, { organization: acmeId }, { orderBy: { id: "asc" } })).map((l) => l.id);
    // With batches of one lead, batch 1 is reported once the batch CONCURRENT_WRITES later has been read
    // and is waiting for a write slot: edit that batch's lead then.
    const edited = ids[CONCURRENT_WRITES]!;
    const before = (await server.em().findOneOrFail(Lead, edited)).score;
    const outcome = await rescoreLeads(
      server.em(),
      { organizationId: acmeId },
      {
        reason: ScoreChangeReason.RULES_CHANGED,
        now: NOW,
        batchSize: 1,
        onProgress: async ({ processed }) => {
          if (processed === 1)
            await sql`update lead set city = 'Edited' where id = ${edited}`.execute(server.em().getKysely());
        },
      },
    );
    const lead = await server.em().findOneOrFail(Lead, edited);
    expect(lead.city).toBe("Edited");
    expect(lead.score).toBe(before);
    expect(outcome.processed).toBe(23);
  });
});
