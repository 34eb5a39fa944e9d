import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";

const CREATE =
  "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { score computedScore grade scoreBreakdown { category points } } } }";
const UPDATE_SETTINGS =
  "mutation($input: UpdateScoringSettingsInput!) { updateScoringSettings(input: $input) { gradeThresholds { A B C } categoryCaps { category cap } } }";
// DEMOGRAPHIC 15 (business email) + 5 (phone) + 15 (VP) = 35; FIRMOGRAPHIC 5 (company) = 5. Total 40.
const LEAD = {
  email: "vp@capped.example",
  phone: "+1 415 555 0122",
  jobTitle: "VP Sales",
  company: "Capped",
};

let server: TestApp;
let tokens: Record<string, string>;
beforeAll(async () => {
  server = await startTestApp();
  ({ tokens } = await seedAcmeAndGlobex(server, { admin: Role.ADMIN, manager: Role.MANAGER }));
});
afterAll(() => server.close());

const create = async (token = tokens.manager) =>
  (await graphql(server.url, CREATE, { input: LEAD }, token)).data!.createLead.lead;

describe("scoring settings", () => {
  it("start at the default grades, uncapped", async () => {
    expect(
      (
        await graphql(
          server.url,
          "{ scoringSettings { gradeThresholds { A B C } categoryCaps { category } } }",
          {},
          tokens.manager,
        )
      ).data,
    ).toEqual({
      scoringSettings: { gradeThresholds: { A: 80, B: 60, C: 40 }, categoryCaps: [] },
    });
    expect(await create()).toMatchObject({ score: 40, grade: "C" });
  });

  it("apply an organisation's grade thresholds and category caps to the scores computed next", async () => {
    const updated = await graphql(
      server.url,
      UPDATE_SETTINGS,
      {
        input: {
          gradeThresholds: { A: 35, B: 20, C: 10 },
          categoryCaps: [{ category: "DEMOGRAPHIC", cap: 20 }],
        },
      },
      tokens.admin,
    );
    expect(updated.data!.updateScoringSettings).toEqual({
      gradeThresholds: { A: 35, B: 20, C: 10 },
      categoryCaps: [{ category: "DEMOGRAPHIC", cap: 20 }],
    });
    const lead = await create();
    expect(lead).toMatchObject({ score: 25, computedScore: 25, grade: "B" });
    const demographic = lead.scoreBreakdown.filter(
      (item: { category: string }) => item.category === "DEMOGRAPHIC",
    );
    expect(demographic.reduce((sum: number, item: { points: number }) => sum + item.points, 0)).toBe(20);
    // Another organisation keeps its own (default) settings.
    expect(await create(tokens.globex)).toMatchObject({ score: 40, grade: "C" });
  });

  it("refuse inconsistent values naming the field, and anyone below ADMIN", async () => {
    const attempt = (input: Record<string, unknown>, who = "admin") =>
      graphql(server.url, UPDATE_SETTINGS, { input }, tokens[who]);
    expect((await attempt({ gradeThresholds: { A: 50, B: 60, C: 10 } })).errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "gradeThresholds",
    });
    expect(
      (await attempt({ categoryCaps: [{ category: "CUSTOM", cap: 120 }] })).errors?.[0]?.extensions,
    ).toEqual({ code: "BAD_USER_INPUT", field: "categoryCaps" });
    expect(errorCode(await attempt({ categoryCaps: [] }, "manager"))).toBe("FORBIDDEN");
  });
});
