import { newLeadState, Role, ScoringCategory, ScoringOperator, type ScorableLead } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOrganization, startTestApp, type SeededOrg, type TestApp } from "../../../test/app.js";
import { SlaSettings } from "../routing/sla.entity.js";
import { ScoringRule } from "../scoring/scoring-rule.entity.js";
import { NewLeadScoringCache } from "./new-lead-scoring.js";

let server: TestApp;
let acme: SeededOrg;
let globex: SeededOrg;
beforeAll(async () => {
  server = await startTestApp();
  acme = await seedOrganization(server.em(), "acme", { admin: Role.ADMIN });
  globex = await seedOrganization(server.em(), "globex", { admin: Role.ADMIN });
});
afterAll(() => server.close());

const now = new Date("2026-11-22T10:00:00Z");
const lead = newLeadState({ company: "Big Co", email: "ann@bigco.example" }, now) as ScorableLead;

describe("NewLeadScoringCache", () => {
  it("keeps an organisation's compiled rules until a rule, its scoring settings or its SLA settings change, however written", async () => {
    const cache = new NewLeadScoringCache();
    const first = await cache.get(server.em(), acme.organization.id);
    expect(await cache.get(server.em(), acme.organization.id)).toBe(first);

    // Written directly (no API, no pub/sub): the triggers still move the version.
    const em = server.em();
    const rule = em.create(ScoringRule, {
      organization: acme.organization.id,
      name: "Big deal",
      category: ScoringCategory.CUSTOM,
      field: "company",
      operator: ScoringOperator.EQUALS,
      value: "Big Co",
      points: 50,
    });
    await em.flush();
    const withRule = await cache.get(server.em(), acme.organization.id);
    expect(withRule).not.toBe(first);
    expect(withRule.scoring.score(lead, { now }).score).toBe(first.scoring.score(lead, { now }).score + 50);

    // Another organisation's change leaves this one's entry alone.
    const globexEm = server.em();
    globexEm.create(SlaSettings, { organization: globex.organization.id, gradeAMinutes: 5 });
    await globexEm.flush();
    expect(await cache.get(server.em(), acme.organization.id)).toBe(withRule);

    const slaEm = server.em();
    slaEm.create(SlaSettings, { organization: acme.organization.id, otherMinutes: 90 });
    await slaEm.flush();
    const withSla = await cache.get(server.em(), acme.organization.id);
    expect(withSla).not.toBe(withRule);
    expect(withSla.slaMinutes("D")).toBe(90);

    await server.em().nativeDelete(ScoringRule, { id: rule.id });
    const withoutRule = await cache.get(server.em(), acme.organization.id);
    expect(withoutRule).not.toBe(withSla);
    expect(withoutRule.scoring.score(lead, { now }).score).toBe(first.scoring.score(lead, { now }).score);
  });
});
