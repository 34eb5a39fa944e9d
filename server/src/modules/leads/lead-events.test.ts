import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedOrganization, startTestApp, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql, login, subscribe } from "../../../test/graphql-client.js";

const EVENTS = "subscription { leadEvents { type lead { id company status assignedTo { email } } } }";
const CREATE = "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }";
const UPDATE = "mutation($input: UpdateLeadInput!) { updateLead(input: $input) { lead { id } } }";
const DELETE = "mutation($id: ID!) { deleteLead(id: $id) { id } }";
// The global setup finds or starts a Redis; without one the run fails, these tests are never skipped.
const REDIS_URL = inject("redisUrl");

type LeadEvent = {
  leadEvents: {
    type: string;
    lead: { id: string; company: string; status: string; assignedTo: { email: string } | null };
  };
};

describe("leadEvents on one instance", () => {
  let server: TestApp;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    server = await startTestApp();
    ({ tokens } = await seedAcmeAndGlobex(server, {
      manager: Role.MANAGER,
      viewer: Role.VIEWER,
      rep: Role.MEMBER,
    }));
  });
  afterAll(() => server.close());

  it("pushes created, updated and deleted leads to the organisation, after commit, and nothing to others", async () => {
    const viewer = await subscribe<LeadEvent>(server, tokens.viewer, EVENTS);
    const outsider = await subscribe<LeadEvent>(server, tokens.globex, EVENTS);
    try {
      const created = await graphql(
        server.url,
        CREATE,
        { input: { company: "Live Co", assignedToId: null } },
        tokens.manager,
      );
      const id = created.data!.createLead.lead.id;
      expect((await viewer.next()).leadEvents).toEqual({
        type: "CREATED",
        lead: { id, company: "Live Co", status: "NEW", assignedTo: null },
      });

      await graphql(server.url, UPDATE, { input: { id, status: "CONTACTED" } }, tokens.manager);
      // Each event is read fresh: the second event must not be answered from the first one's cache.
      expect((await viewer.next()).leadEvents).toMatchObject({
        type: "UPDATED",
        lead: { id, status: "CONTACTED" },
      });

      await graphql(server.url, DELETE, { id }, tokens.manager);
      expect((await viewer.next()).leadEvents).toMatchObject({ type: "DELETED", lead: { id } });

      await outsider.expectSilence(300);
    } finally {
      await viewer.close();
      await outsider.close();
    }
  });

  it("publishes nothing for a refused change", async () => {
    const viewer = await subscribe<LeadEvent>(server, tokens.viewer, EVENTS);
    try {
      const refused = await graphql(server.url, CREATE, { input: { email: "broken" } }, tokens.manager);
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      await viewer.expectSilence(300);
    } finally {
      await viewer.close();
    }
  });
});

describe("leadEvents across instances (Redis)", () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp({ redisUrl: REDIS_URL });
    second = await startTestApp({ redisUrl: REDIS_URL, database: first.database });
    await seedOrganization(first.em(), "acme", { manager: Role.MANAGER });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("delivers an event published on one instance to a subscriber connected to the other", async () => {
    const token = await login(first.url, "manager@acme.test");
    const onSecond = await subscribe<LeadEvent>(second, token, EVENTS);
    try {
      const created = await graphql(first.url, CREATE, { input: { company: "Cross Instance Ltd" } }, token);
      const event = await onSecond.next();
      expect(event.leadEvents).toMatchObject({
        type: "CREATED",
        lead: { id: created.data!.createLead.lead.id, company: "Cross Instance Ltd" },
      });
      // Exactly once: Redis replaces the in-process bus, it does not add to it.
      await onSecond.expectSilence(300);
    } finally {
      await onSecond.close();
    }
  });
});
