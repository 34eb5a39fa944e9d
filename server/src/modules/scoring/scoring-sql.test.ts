import {
  compileScoring,
  ContactMethod,
  LeadStatus,
  planScoring,
  type ScorableLead,
  ScoringCategory,
  type ScoringOptions,
} from "@leadline/shared";
import { randomRule, type Random, seededRandom } from "@leadline/shared/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOrganization, startTestApp, type TestApp } from "../../../test/app.js";
import { Lead } from "../leads/lead.entity.js";
import { leadRowMapper } from "../leads/lead-row.js";
import { compileScoreSql, hasIcu } from "./scoring-sql.js";

const NOW = new Date("2026-06-01T12:00:00Z");
const DAY = 86_400_000;
// Text that trips a naive translation: case beyond ASCII (İ, final sigma), JavaScript-only spaces (no-break,
// tab runs), whole-word containment ("cto" in "Doctor"), regex characters, numbers as text.
const TEXTS = [
  "Director",
  "  VP, Sales ",
  "Co-founder",
  "Cofounder",
  "MVP team",
  "Coordinator",
  "Doctor of CTO ops",
  "Chief Technology Officer",
  "İstanbul",
  "ΟΔΥΣΣΕΑΣ",
  "Привет Мир",
  "Ärzte\u00a0GmbH",
  "x\t\t y",
  "",
  "   ",
  "42",
  "7.5",
  "gmail.com",
  "paid_search",
  "US",
  "gb",
  " gb",
  "Director ",
  "O'Hara (Ltd.)",
  "a.b*c",
  "software",
  "manager",
];
const WORDS = [
  ...TEXTS,
  "cto",
  "coo",
  "vp",
  "founder",
  "i̇stanbul",
  "οδυσσεας",
  "привет",
  "ärzte gmbh",
  "x y",
  "o'hara (ltd.)",
  "b*c",
  "null",
];
const EMAILS = [
  null,
  "",
  "ada@gmail.com",
  " ADA@GMAIL.COM ",
  "x@acme.com",
  "a@b@Yahoo.com",
  "broken",
  "z@",
  "q@Gmail.Com\u00a0",
  "r@mail.ru",
];
const CUSTOM_KEYS = ["urgency", "seats", "plan", "demo"];
// Any JSON a form or an import may store, but objects (see customMatchSql).
const CUSTOM_VALUES: unknown[] = [
  ...TEXTS,
  " 42 ",
  "1e3",
  "-3",
  ".5",
  "2024-01-01",
  "1e400",
  42,
  7.5,
  -3,
  0,
  true,
  false,
  null,
  [],
  ["VIP", "  ", 42, true, null],
  ["manager", "gmail.com"],
];
const TEXT_COLUMNS = [
  "firstName",
  "lastName",
  "jobTitle",
  "company",
  "industry",
  "companySize",
  "website",
  "street",
  "city",
  "state",
  "postalCode",
  "country",
  "source",
  "campaign",
  "utmSource",
  "utmMedium",
  "utmCampaign",
  "utmTerm",
  "utmContent",
] as const;

function randomDate(r: Random): Date {
  // Up to two years back and a day ahead (a clock behind the lead's): whole milliseconds, as the ORM writes them.
  // A fifth exactly some days back, where a millisecond more or less changes the day count.
  if (r.next() < 0.2) return new Date(NOW.getTime() - r.int(0, 60) * DAY + r.pick([0, -1, 1]));
  return new Date(NOW.getTime() - r.int(-DAY, 730 * DAY));
}

function randomLead(r: Random, organization: string): Partial<Lead> {
  const maybe = <V>(value: () => V): V | null => (r.next() < 0.25 ? null : value());
  const lead: Record<string, unknown> = {
    organization,
    email: r.pick(EMAILS),
    phone: r.pick([null, "", "  ", "+14155550100"]),
    status: r.pick([LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED]),
    preferredContactMethod: maybe(() => r.pick(Object.values(ContactMethod))),
    employees: maybe(() => r.int(-5, 5000)),
    annualRevenue: maybe(() => r.pick([0, 1234.5, 1e7, 999.999])),
    emailOpens: r.int(0, 20),
    emailClicks: r.int(0, 20),
    websiteVisits: r.int(0, 20),
    formSubmissions: r.int(0, 5),
    activitiesCount: r.int(0, 10),
    doNotCall: r.next() < 0.3,
    doNotEmail: r.next() < 0.3,
    createdAt: randomDate(r),
    lastEngagementAt: maybe(() => randomDate(r)),
    lastActivityAt: maybe(() => randomDate(r)),
  };
  for (const column of TEXT_COLUMNS) lead[column] = maybe(() => r.pick(TEXTS));
  lead.customFields = Object.fromEntries(
    CUSTOM_KEYS.filter(() => r.next() < 0.7).map((key) => [key, r.pick(CUSTOM_VALUES)]),
  );
  return lead as Partial<Lead>;
}

function randomOptions(r: Random): ScoringOptions {
  return {
    categoryCaps: Object.fromEntries(
      Object.values(ScoringCategory)
        .filter(() => r.next() < 0.4)
        .map((category) => [category, r.int(0, 60)]),
    ),
    decayPointsPerWeek: r.next() < 0.3 ? r.int(1, 10) : 0,
  };
}

let server: TestApp;
let organizationId: string;
let leads: ScorableLead[];
let ids: string[];

beforeAll(async () => {
  server = await startTestApp();
  const em = server.em();
  organizationId = (await seedOrganization(em, "acme", {})).organization.id;
  const r = seededRandom(7);
  for (let index = 0; index < 400; index++) em.create(Lead, randomLead(r, organizationId) as Lead);
  await em.flush();
  // Written in SQL what the ORM cannot write: NaN in a double column (the evaluator reads it as no value),
  // times with microseconds (JavaScript truncates them to the millisecond), and
  // tags with blank or null elements (the API cleans tags; an import or integration writing SQL might not).
  const tags = Array.from({ length: 400 }, () =>
    Array.from({ length: r.int(0, 3) }, () => r.pick([...TEXTS, null])),
  );
  await sql`update lead l set tags = array(select jsonb_array_elements_text(t.tags)),
      annual_revenue = case when l.employees < 300 then 'NaN' else l.annual_revenue end,
      created_at = l.created_at + (t.n % 4) * interval '333 microseconds',
      last_engagement_at = l.last_engagement_at + (t.n % 3) * interval '999 microseconds'
    from (select id, row_number() over (order by id) as n from lead where organization_id = ${organizationId}) o,
      jsonb_array_elements(${JSON.stringify(tags)}::jsonb) with ordinality as t(tags, n)
    where l.id = o.id and o.n = t.n`.execute(em.getKysely());
  const { rows } = await sql<Record<string, unknown>>`
    select * from lead where organization_id = ${organizationId} order by id`.execute(em.getKysely());
  const toLead = leadRowMapper(em);
  leads = rows.map((row) => toLead(row) as unknown as ScorableLead);
  ids = rows.map((row) => String(row.id));
});
afterAll(() => server.close());

describe("compileScoreSql", () => {
  it("scores random leads with random rules, caps and decay exactly as the shared evaluator does", async () => {
    const db = server.em().getKysely();
    expect(await hasIcu(server.em())).toBe(true);
    let compared = 0;
    const scoresSeen = new Set<number>();
    for (let seed = 1; seed <= 150; seed++) {
      const r = seededRandom(seed);
      const rules = Array.from({ length: r.int(1, 20) }, (_, index) =>
        randomRule(r, index, { words: WORDS, customKeys: CUSTOM_KEYS }),
      );
      const options = randomOptions(r);
      const compiled = compileScoreSql(planScoring(rules, options), { alias: "l", now: NOW, icu: true });
      expect(compiled, `seed ${seed}`).not.toBeNull();
      const leadsOfOrg = compiled!.from(sql`l.organization_id = ${organizationId}`);
      const { rows } = await sql<{ id: string; score: number }>`
        select l.id, ${compiled!.score} as score from ${leadsOfOrg} order by l.id`.execute(db);
      const scoring = compileScoring(rules, options);
      const expected = leads.map((lead) => scoring.score(lead, { now: NOW }).score);
      expect(rows.map((row) => row.id)).toEqual(ids);
      rows.forEach((row, index) => {
        if (row.score !== expected[index]) {
          const breakdown = scoring.score(leads[index]!, { now: NOW }).breakdown;
          expect.fail(
            `seed ${seed}, lead ${index}: SQL ${row.score}, evaluator ${expected[index]}\n` +
              `rules ${JSON.stringify(rules)}\noptions ${JSON.stringify(options)}\n` +
              `lead ${JSON.stringify(leads[index])}\nbreakdown ${JSON.stringify(breakdown)}`,
          );
        }
        scoresSeen.add(row.score);
      });
      compared += rows.length;
    }
    expect(compared).toBe(150 * 400);
    // The generator must reach the whole range, not agree on zeros.
    expect(scoresSeen.size).toBeGreaterThan(60);
  });

  it("leaves dates in custom fields, and servers without ICU, to the evaluator", () => {
    const rule = randomRule(seededRandom(1), 0, { words: WORDS });
    const plan = planScoring([rule]);
    expect(compileScoreSql(plan, { alias: "l", now: NOW, icu: true })).not.toBeNull();
    expect(compileScoreSql(plan, { alias: "l", now: NOW, icu: false })).toBeNull();
    const custom = { ...rule, field: "customFields.demo", operator: "GREATER_THAN", value: 10 } as const;
    expect(compileScoreSql(planScoring([custom]), { alias: "l", now: NOW, icu: true })).not.toBeNull();
    const date = planScoring([{ ...custom, value: "2024-01-01" }]);
    expect(compileScoreSql(date, { alias: "l", now: NOW, icu: true })).toBeNull();
  });
});
