import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";
import { seedAcmeAndGlobex } from "../../test/fixtures.js";
import { graphql, openSocket } from "../../test/graphql-client.js";
import { loadConfig } from "../config.js";

const LAST_USED = `{ apiKeys(first: 20) { edges { node { id lastUsedIp } } } }`;

let proxied: TestApp;
let direct: TestApp;
let adminToken: string;
let apiKey: { id: string; secret: string };

beforeAll(async () => {
  // One deployment, two instances: behind a proxy on loopback (the default), and trusting no proxy.
  proxied = await startTestApp();
  direct = await startTestApp({ database: proxied.database, env: { TRUST_PROXY: "none" } });
  const { tokens } = await seedAcmeAndGlobex(proxied, { admin: "ADMIN" });
  adminToken = tokens.admin!;
  const created = await graphql(
    proxied.url,
    `
      mutation {
        createApiKey(input: { name: "Sync", role: VIEWER }) {
          secret
          apiKey {
            id
          }
        }
      }
    `,
    {},
    adminToken,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  apiKey = { id: created.data!.createApiKey.apiKey.id, secret: created.data!.createApiKey.secret };
});
afterAll(async () => {
  await direct?.close();
  await proxied?.close();
});

async function lastUsedIp(): Promise<string | null> {
  const listed = await graphql(proxied.url, LAST_USED, {}, adminToken);
  return listed.data!.apiKeys.edges.find((edge: any) => edge.node.id === apiKey.id).node.lastUsedIp;
}

const overHttp = (server: TestApp, forwardedFor: string) =>
  fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${apiKey.secret}`,
      "x-forwarded-for": forwardedFor,
    },
    body: JSON.stringify({ query: "{ me { email } }" }),
  });

/** Opens (and closes) a graphql-ws connection whose upgrade request says it was forwarded for `forwardedFor`. */
async function overWebSocket(server: TestApp, forwardedFor: string): Promise<void> {
  const socket = await openSocket(server.url, apiKey.secret, { "x-forwarded-for": forwardedFor });
  await socket.dispose();
}

describe("TRUST_PROXY", () => {
  it("is read as a list of addresses, subnets or range names, or none, and refuses anything else", () => {
    const load = (value?: string) =>
      loadConfig({ JWT_SECRET: "x".repeat(32), TRUST_PROXY: value }).trustProxy;
    expect(load()).toEqual(["loopback"]);
    expect(load("none")).toEqual([]);
    expect(load("loopback, 10.0.0.0/8,uniquelocal, fd00::1")).toEqual([
      "loopback",
      "10.0.0.0/8",
      "uniquelocal",
      "fd00::1",
    ]);
    for (const bad of ["nginx", "10.0.0.0/33", "10.0.0.1/8/2", "*"])
      expect(() => load(bad)).toThrow(/TRUST_PROXY/);
  });

  it("counts a request through a trusted proxy, over HTTP and WebSocket, for the client it forwards", async () => {
    expect((await overHttp(proxied, "203.0.113.7")).status).toBe(200);
    expect(await lastUsedIp()).toBe("203.0.113.7");
    await overWebSocket(proxied, "198.51.100.9");
    expect(await lastUsedIp()).toBe("198.51.100.9");
  });

  it("ignores X-Forwarded-For from an address it does not trust: a client cannot pick its own address", async () => {
    expect((await overHttp(direct, "203.0.113.8")).status).toBe(200);
    expect(await lastUsedIp()).toMatch(/127\.0\.0\.1/);
    await overHttp(proxied, "203.0.113.10");
    await overWebSocket(direct, "198.51.100.10");
    expect(await lastUsedIp()).toMatch(/127\.0\.0\.1/);
  });
});
