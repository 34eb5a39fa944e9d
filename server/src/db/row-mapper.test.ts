import { ReferenceKind } from "@mikro-orm/core";
import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOrganization, startTestApp, type TestApp } from "../../test/app.js";
import { Lead } from "../modules/leads/lead.entity.js";
import { createRowMapper } from "./row-mapper.js";

let server: TestApp;
beforeAll(async () => {
  server = await startTestApp();
});
afterAll(() => server.close());

describe("createRowMapper", () => {
  it("gives every property MikroORM's own hydration gives, for a lead with every field set and one with none", async () => {
    const em = server.em();
    const { organization, users } = await seedOrganization(em, "acme", { rep: Role.MEMBER });
    const full = em.create(Lead, {
      organization,
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      phone: "+442079460958",
      jobTitle: "CTO",
      company: "Engines",
      industry: "Software",
      companySize: "51-200",
      employees: 120,
      annualRevenue: 1.5e7,
      website: "https://e.example",
      street: "1 Road",
      city: "London",
      state: "LDN",
      postalCode: "N1",
      country: "GB",
      source: "event",
      campaign: "Spring",
      utmSource: "g",
      utmMedium: "cpc",
      utmCampaign: "c",
      utmTerm: "t",
      utmContent: "x",
      status: "LOST",
      lostReason: "No budget",
      score: 77,
      grade: "B",
      tags: ["a", "b"],
      emailOpens: 3,
      emailClicks: 1,
      websiteVisits: 9,
      formSubmissions: 2,
      lastEngagementAt: new Date("2026-03-04T05:06:07.891Z"),
      doNotCall: true,
      doNotEmail: true,
      preferredContactMethod: "PHONE",
      consent: { given: true, at: new Date("2026-01-02T03:04:05.678Z"), source: "form" },
      customFields: { budget: 5, nested: { ok: true } },
      assignedTo: users.rep,
      createdBy: users.rep,
    });
    const empty = em.create(Lead, { organization, company: "Bare" });
    await em.flush();

    const fresh = server.em();
    const meta = fresh.getMetadata().get(Lead);
    const toLead = createRowMapper(meta, fresh.getPlatform());
    const rows = await fresh
      .getConnection()
      .execute<Record<string, unknown>[]>("select * from lead where id in (?, ?)", [full.id, empty.id]);
    for (const row of rows) {
      const mapped = toLead(row);
      const hydrated = await fresh.findOneOrFail(Lead, { id: row.id as string });
      expect(mapped).toBeInstanceOf(Lead);
      for (const prop of meta.props) {
        if (prop.hidden || prop.embedded) continue;
        const value = (lead: Lead) => (lead as unknown as Record<string, unknown>)[prop.name];
        if (prop.kind === ReferenceKind.MANY_TO_ONE)
          expect((value(mapped) as { id: string } | null)?.id, prop.name).toBe(
            (value(hydrated) as { id: string } | null)?.id,
          );
        else if (prop.kind === ReferenceKind.EMBEDDED)
          expect({ ...(value(mapped) as object) }, prop.name).toEqual({ ...(value(hydrated) as object) });
        else expect(value(mapped), prop.name).toEqual(value(hydrated));
      }
    }
  });
});
