import { Role } from "@leadline/shared";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestApp, TestClock, type TestApp } from "../../../test/app.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { errorCode, graphql, openSocket } from "../../../test/graphql-client.js";
import { User } from "../users/user.entity.js";
import { ApiKey } from "./api-key.entity.js";

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name role hint expiresAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } } }`;
const LIST = `{ apiKeys(first: 20) { totalCount edges { node { id name role lastUsedAt lastUsedIp createdBy { email } } } } }`;

let server: TestApp;
let tokens: Record<string, string>;
const clock = new TestClock(new Date("2026-03-02T09:00:00Z"));

async function createKey(input: Record<string, unknown>, token = tokens.admin!) {
  const response = await graphql(server.url, CREATE, { input }, token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createApiKey as { secret: string; apiKey: { id: string; hint: string } };
}

beforeAll(async () => {
  server = await startTestApp({ clock });
  ({ tokens } = await seedAcmeAndGlobex(server, {
    owner: "OWNER",
    admin: "ADMIN",
    manager: "MANAGER",
    rep: "MEMBER",
  }));
});
afterAll(() => server?.close());

describe("API keys", () => {
  it("are created by ADMIN and OWNER only, never broader than their creator", async () => {
    expect(
      errorCode(await graphql(server.url, CREATE, { input: { name: "x", role: "VIEWER" } }, tokens.manager)),
    ).toBe("FORBIDDEN");
    const broader = await graphql(server.url, CREATE, { input: { name: "x", role: "OWNER" } }, tokens.admin);
    expect(errorCode(broader)).toBe("BAD_USER_INPUT");
    expect(broader.errors?.[0]?.extensions?.field).toBe("role");
    const past = await graphql(
      server.url,
      CREATE,
      { input: { name: "x", role: "VIEWER", expiresAt: "2026-03-01T00:00:00Z" } },
      tokens.admin,
    );
    expect(past.errors?.[0]?.extensions?.field).toBe("expiresAt");
    const { secret, apiKey } = await createKey({ name: "Owner key", role: "OWNER" }, tokens.owner);
    expect(secret).toMatch(/^ll_key_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.hint)).toBe(true);
  });

  it("stores only a hash and never shows the secret again", async () => {
    const { secret, apiKey } = await createKey({ name: "HubSpot sync", role: "MANAGER" });
    const row = await server.em().findOneOrFail(ApiKey, apiKey.id);
    expect(row.hash).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await graphql(server.url, LIST, {}, tokens.admin);
    expect(JSON.stringify(listed.data)).not.toContain(secret.slice(12));
  });

  it("authenticates GraphQL over HTTP with the key's role and records where it was last used", async () => {
    const { secret, apiKey } = await createKey({ name: "Reader", role: "VIEWER" });
    const me = await graphql(server.url, "{ me { email role } }", {}, secret);
    expect(me.data?.me.email).toBe("admin@acme.test"); // acts for its creator
    const write = await graphql(
      server.url,
      `
        mutation {
          createLead(input: { firstName: "A", lastName: "B", email: "ab@example.com" }) {
            lead {
              id
            }
          }
        }
      `,
      {},
      secret,
    );
    expect(errorCode(write)).toBe("FORBIDDEN"); // a VIEWER key cannot write though its creator could
    const listed = await graphql(server.url, LIST, {}, tokens.admin);
    const node = listed.data?.apiKeys.edges.find(
      (e: { node: { id: string } }) => e.node.id === apiKey.id,
    ).node;
    expect(node.lastUsedAt).not.toBeNull();
    expect(node.lastUsedIp).toMatch(/127\.0\.0\.1/);
  });

  it("is capped by its creator's current role", async () => {
    const { secret } = await createKey({ name: "Admin key", role: "ADMIN" });
    const em = server.em();
    const admin = await em.findOneOrFail(User, { email: "admin@acme.test" });
    admin.role = Role.MEMBER;
    await em.flush();
    const keys = await graphql(server.url, LIST, {}, secret);
    expect(errorCode(keys)).toBe("FORBIDDEN");
    admin.role = Role.ADMIN;
    await em.flush();
    expect((await graphql(server.url, LIST, {}, secret)).data?.apiKeys).toBeDefined();
  });

  it("works on the REST endpoints that take a viewer token", async () => {
    const { secret } = await createKey({ name: "Analytics", role: "MANAGER" });
    const unknown = await fetch(
      `${server.url}/v1/api/campaigns/00000000-0000-7000-8000-000000000000/analytics`,
      {
        headers: { authorization: `Bearer ${secret}` },
      },
    );
    expect(unknown.status).toBe(404); // authenticated, no such campaign
    const bad = await fetch(`${server.url}/v1/api/campaigns/00000000-0000-7000-8000-000000000000/analytics`, {
      headers: { authorization: `Bearer ${secret}x` },
    });
    expect(bad.status).toBe(401);
  });

  it("keeps organisations apart: another organisation neither lists nor revokes a key", async () => {
    const { apiKey } = await createKey({ name: "Acme only", role: "VIEWER" });
    const theirs = await graphql(server.url, LIST, {}, tokens.globex);
    expect(theirs.data?.apiKeys.totalCount).toBe(0);
    expect(errorCode(await graphql(server.url, REVOKE, { id: apiKey.id }, tokens.globex))).toBe("NOT_FOUND");
    // An id that is no id at all is not found either (the database is not asked: it would refuse it).
    expect(errorCode(await graphql(server.url, REVOKE, { id: "not-a-uuid" }, tokens.admin))).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses a revoked key at once, over HTTP and on an open WebSocket", async () => {
    const { secret, apiKey } = await createKey({ name: "Live", role: "VIEWER" });
    const socket = await openSocket(server.url, secret);
    expect((await graphql(server.url, "{ me { id } }", {}, secret)).data?.me).toBeDefined();
    const revoked = await graphql(server.url, REVOKE, { id: apiKey.id }, tokens.admin);
    expect(revoked.data?.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    expect(errorCode(await graphql(server.url, "{ me { id } }", {}, secret))).toBe("UNAUTHENTICATED");
    const closure = await socket.closure;
    expect(closure.code).toBe(4403);
    expect(closure.reason).toBe("API key revoked");
    await expect(openSocket(server.url, secret)).rejects.toThrow(/closed/);
  });

  it("refuses an expired key, and closes its WebSocket when it expires", async () => {
    const expiresAt = new Date(clock.now().getTime() + 1500);
    const { secret } = await createKey({ name: "Short", role: "VIEWER", expiresAt: expiresAt.toISOString() });
    const socket = await openSocket(server.url, secret);
    const closure = await socket.closure; // the server's timer closes it once the key is past its expiry
    expect(closure.reason).toBe("API key expired");
    clock.set(expiresAt);
    expect(errorCode(await graphql(server.url, "{ me { id } }", {}, secret))).toBe("UNAUTHENTICATED");
    clock.set("2026-03-02T09:00:00Z");
  });
});

describe("API key revocation across instances (Redis)", () => {
  it("closes the key's WebSocket on another instance too", async () => {
    const redisUrl = inject("redisUrl");
    const first = await startTestApp({ redisUrl });
    const second = await startTestApp({ redisUrl, database: first.database });
    try {
      const { tokens: own } = await seedAcmeAndGlobex(first, { admin: "ADMIN" });
      const created = await graphql(
        first.url,
        CREATE,
        { input: { name: "Shared", role: "VIEWER" } },
        own.admin,
      );
      const { secret, apiKey } = created.data?.createApiKey as { secret: string; apiKey: { id: string } };
      const socket = await openSocket(second.url, secret);
      await graphql(first.url, REVOKE, { id: apiKey.id }, own.admin);
      expect((await socket.closure).reason).toBe("API key revoked");
    } finally {
      await second.close();
      await first.close();
    }
  });
});
