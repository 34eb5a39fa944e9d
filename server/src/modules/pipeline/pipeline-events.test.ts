import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql, subscribe } from "../../../test/graphql-client.js";

const EVENTS =
  "subscription { pipelineEvents { type stageId previousStageId lead { id status daysInStage } } }";
const CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }";
const MOVE = "mutation($input: MoveLeadInput!) { moveLead(input: $input) { lead { id } } }";
const UPDATE = "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }";

type Event = {
  pipelineEvents: {
    type: string;
    stageId: string;
    previousStageId: string | null;
    lead: { id: string; status: string };
  };
};

let server: TestApp;
let tokens: Record<string, string>;
beforeAll(async () => {
  server = await startTestApp();
  ({ tokens } = await seedAcmeAndGlobex(server, { manager: Role.MANAGER, viewer: Role.VIEWER }));
});
afterAll(() => server.close());

describe("pipelineEvents", () => {
  it("pushes leads entering, moving, changing and leaving stages to the organisation only, after commit", async () => {
    const stages = (await graphql(server.url, "{ pipelineStages { id name } }", {}, tokens.viewer)).data!
      .pipelineStages as { id: string; name: string }[];
    const [fresh, contacted, , , lost] = stages.map((stage) => stage.id);
    const viewer = await subscribe<Event>(server, tokens.viewer, EVENTS);
    const outsider = await subscribe<Event>(server, tokens.globex, EVENTS);
    try {
      const id = (await graphql(server.url, CREATE, { input: { company: "Board Co" } }, tokens.manager)).data!
        .createLead.lead.id;
      expect((await viewer.next()).pipelineEvents).toEqual({
        type: "ENTERED",
        stageId: fresh,
        previousStageId: null,
        lead: { id, status: "NEW", daysInStage: 0 },
      });

      await graphql(server.url, MOVE, { input: { leadId: id, stageId: contacted } }, tokens.manager);
      expect((await viewer.next()).pipelineEvents).toMatchObject({
        type: "ENTERED",
        stageId: contacted,
        previousStageId: fresh,
        lead: { id, status: "CONTACTED" },
      });

      // A refused move (no reason) publishes nothing.
      const refused = await graphql(
        server.url,
        MOVE,
        { input: { leadId: id, stageId: lost } },
        tokens.manager,
      );
      expect(refused.errors?.[0]?.extensions?.field).toBe("lostReason");
      await viewer.expectSilence(300);

      await graphql(server.url, UPDATE, { input: { id, company: "Board Co Ltd" } }, tokens.manager);
      expect((await viewer.next()).pipelineEvents).toMatchObject({
        type: "CHANGED",
        stageId: contacted,
        previousStageId: null,
      });

      await graphql(server.url, "mutation($id: ID!) { deleteLead(id: $id) { id } }", { id }, tokens.manager);
      expect((await viewer.next()).pipelineEvents).toMatchObject({
        type: "LEFT",
        stageId: contacted,
        lead: { id },
      });

      await outsider.expectSilence(300);
    } finally {
      await viewer.close();
      await outsider.close();
    }
  });
});
