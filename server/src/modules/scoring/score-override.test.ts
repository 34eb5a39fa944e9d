import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, subscribe } from "../../../test/graphql-client.js";

const CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id score } } }";
const UPDATE =
  "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id score computedScore } } }";
const OVERRIDE =
  "mutation($input: OverrideLeadScoreInput!) { overrideLeadScore(input: $input) { lead { score computedScore grade scoreOverride scoreOverrideReason } } }";
const CLEAR =
  "mutation($input: ClearLeadScoreOverrideInput!) { clearLeadScoreOverride(input: $input) { lead { score computedScore grade scoreOverride } } }";
const HISTORY =
  "query($id: ID!) { lead(id: $id) { scoreHistory { edges { node { score previousScore delta reason note } } } } }";
const SCORE_CHANGED = (leadId: string) =>
  `subscription { leadScoreChanged(leadId: "${leadId}") { score previousScore grade lead { id score } breakdown } }`;

let server: TestApp;
let tokens: Record<string, string>;
beforeAll(async () => {
  server = await startTestApp();
  ({ tokens } = await seedAcmeAndGlobex(server, {
    manager: Role.MANAGER,
    rep: Role.MEMBER,
    viewer: Role.VIEWER,
  }));
});
afterAll(() => server.close());

const createLead = async (input: Record<string, unknown>) =>
  (await graphql(server.url, CREATE, { input }, tokens.manager)).data!.createLead.lead;

describe("score overrides", () => {
  it("sets a score by hand with a reason, keeps computing underneath, and clears back to computed, all in the history", async () => {
    const lead = await createLead({ company: "Override Co" }); // company given: 5
    const set = await graphql(
      server.url,
      OVERRIDE,
      { input: { leadId: lead.id, score: 88, reason: "Met the CEO at the fair" } },
      tokens.manager,
    );
    expect(set.data!.overrideLeadScore.lead).toEqual({
      score: 88,
      computedScore: 5,
      grade: "A",
      scoreOverride: 88,
      scoreOverrideReason: "Met the CEO at the fair",
    });

    // A rule-relevant change moves the computed score, not the overridden one.
    const updated = await graphql(
      server.url,
      UPDATE,
      { input: { id: lead.id, phone: "+1 415 555 0100" } },
      tokens.manager,
    );
    expect(updated.data!.updateLead.lead).toMatchObject({ score: 88, computedScore: 10 });

    const cleared = await graphql(
      server.url,
      CLEAR,
      { input: { leadId: lead.id, reason: "Fair lead went cold" } },
      tokens.manager,
    );
    expect(cleared.data!.clearLeadScoreOverride.lead).toEqual({
      score: 10,
      computedScore: 10,
      grade: "D",
      scoreOverride: null,
    });

    const history = (
      await graphql(server.url, HISTORY, { id: lead.id }, tokens.viewer)
    ).data!.lead.scoreHistory.edges.map((e: { node: unknown }) => e.node);
    expect(history).toEqual([
      { score: 10, previousScore: 88, delta: -78, reason: "OVERRIDE", note: "Fair lead went cold" },
      { score: 88, previousScore: 5, delta: 83, reason: "OVERRIDE", note: "Met the CEO at the fair" },
      { score: 5, previousScore: null, delta: 5, reason: "CREATED", note: null },
    ]);
  });

  it("requires a reason and a 0-100 score, MANAGER or above, and the viewer's own organisation", async () => {
    const lead = await createLead({ company: "Guarded" });
    const attempt = (input: Record<string, unknown>, who: string) =>
      graphql(
        server.url,
        OVERRIDE,
        { input: { leadId: lead.id, score: 50, reason: "why", ...input } },
        tokens[who],
      );
    expect((await attempt({ reason: "  " }, "manager")).errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "reason",
    });
    expect((await attempt({ score: 101 }, "manager")).errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "score",
    });
    expect(errorCode(await attempt({}, "rep"))).toBe("FORBIDDEN");
    expect(errorCode(await attempt({}, "viewer"))).toBe("FORBIDDEN");
    expect(errorCode(await attempt({}, "globex"))).toBe("NOT_FOUND");
  });
});

describe("leadScoreChanged", () => {
  it("pushes a lead's score changes to its organisation over WebSocket, and only when the score moves", async () => {
    const lead = await createLead({ company: "Live Score" });
    const watcher = await subscribe<any>(server, tokens.viewer, SCORE_CHANGED(lead.id));
    const outsider = await subscribe<any>(
      server,
      tokens.globex,
      "subscription { leadScoreChanged { score } }",
    );
    try {
      await graphql(
        server.url,
        UPDATE,
        { input: { id: lead.id, street: "No rule reads this" } },
        tokens.manager,
      );
      await graphql(
        server.url,
        UPDATE,
        { input: { id: lead.id, email: "boss@live-score.example" } },
        tokens.manager,
      );
      const event = (await watcher.next()).leadScoreChanged;
      expect(event).toMatchObject({
        score: 20,
        previousScore: 5,
        grade: "D",
        lead: { id: lead.id, score: 20 },
      });
      expect(event.breakdown).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: "emailDomainType", points: 15 })]),
      );
      await watcher.expectSilence(200);
      await outsider.expectSilence(200);
    } finally {
      await watcher.close();
      await outsider.close();
    }
  });
});
