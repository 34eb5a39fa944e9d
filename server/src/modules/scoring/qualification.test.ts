import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql } from "../../../test/graphql-client.js";

const CREATE =
  "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id score qualification { stage missing { stage reasons } } } } }";
const SET =
  "mutation($input: SetQualificationCriteriaInput!) { setQualificationCriteria(input: $input) { criteria { stage minScore requiredFields requiredActivityTypes withinDays } } }";
const LIST = "{ qualificationCriteria { stage minScore requiredFields } }";

let server: TestApp;
let tokens: Record<string, string>;
beforeAll(async () => {
  server = await startTestApp();
  ({ tokens } = await seedAcmeAndGlobex(server, { admin: Role.ADMIN, manager: Role.MANAGER }));
});
afterAll(() => server.close());

const create = async (input: Record<string, unknown>) =>
  (await graphql(server.url, CREATE, { input }, tokens.manager)).data!.createLead.lead;

describe("qualification", () => {
  it("gives each lead its stage and what it still lacks for the others", async () => {
    // Default rules: business email 15, phone 5, company 5, paid search 15, target industry 15, target region 10 = 65.
    const lead = await create({
      email: "ceo@acme-buyer.example",
      phone: "+1 415 555 0111",
      company: "Buyer",
      source: "paid_search",
      industry: "Software",
      country: "US",
    });
    expect(lead.score).toBe(65);
    expect(lead.qualification.stage).toBe("SQL");
    expect(lead.qualification.missing).toEqual([
      {
        stage: "HOT",
        reasons: expect.arrayContaining([
          expect.stringMatching(/65 is below 80/),
          expect.stringMatching(/CALL|MEETING/),
        ]),
      },
    ]);

    const thin = await create({ company: "Thin" });
    expect(thin.qualification.stage).toBeNull();
    expect(thin.qualification.missing.map((m: { stage: string }) => m.stage)).toEqual(["MQL", "SQL", "HOT"]);
    expect(thin.qualification.missing[0].reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/email/)]),
    );
  });

  it("lets ADMIN change a stage's criteria, refusing unknown fields by name, and leaves other organisations alone", async () => {
    const changed = await graphql(
      server.url,
      SET,
      { input: { stage: "MQL", minScore: 10, requiredFields: ["company"] } },
      tokens.admin,
    );
    expect(changed.data!.setQualificationCriteria.criteria).toEqual({
      stage: "MQL",
      minScore: 10,
      requiredFields: ["company"],
      requiredActivityTypes: [],
      withinDays: null,
    });
    const thin = await create({ company: "Thin again" });
    expect(thin.score).toBe(5);
    expect(thin.qualification.missing[0]).toEqual({
      stage: "MQL",
      reasons: [expect.stringMatching(/5 is below 10/)],
    });

    const bad = await graphql(
      server.url,
      SET,
      { input: { stage: "SQL", minScore: 60, requiredFields: ["shoeSize"] } },
      tokens.admin,
    );
    expect(bad.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "requiredFields" });
    expect(
      errorCode(await graphql(server.url, SET, { input: { stage: "MQL", minScore: 1 } }, tokens.manager)),
    ).toBe("FORBIDDEN");
    const globex = (await graphql(server.url, LIST, {}, tokens.globex)).data!.qualificationCriteria;
    expect(globex.find((c: { stage: string }) => c.stage === "MQL")).toMatchObject({
      minScore: 40,
      requiredFields: ["email"],
    });
  });
});
