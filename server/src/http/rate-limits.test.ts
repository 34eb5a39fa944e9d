import { createClient } from "graphql-ws";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import WebSocket from "ws";
import { startTestApp, type TestApp } from "../../test/app.js";
import { seedAcmeAndGlobex } from "../../test/fixtures.js";
import { createTestDatabase } from "../../test/database.js";
import { createRateLimiterFactory, consumePoint } from "./rate-limiter.js";

// Room for the fixtures' five sign-ins (anonymous requests count per IP address, as API keys do); signed-in
// people have a budget of their own.
const LIMITS = {
  API_RATE_LIMIT_PER_MINUTE: "5",
  WEB_RATE_LIMIT_PER_MINUTE: "6",
  API_RATE_LIMIT_PER_ORG_HOUR: "7",
};

async function ask(url: string, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ me { id } }" }),
  });
  return { response, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } };
}

async function createKey(url: string, token: string, name: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation($name: String!) { createApiKey(input: { name: $name, role: VIEWER }) { secret } }`,
      variables: { name },
    }),
  });
  return ((await response.json()) as { data: { createApiKey: { secret: string } } }).data.createApiKey.secret;
}

describe("API rate limits (PostgreSQL store)", () => {
  let server: TestApp;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    server = await startTestApp({ env: LIMITS });
    ({ tokens } = await seedAcmeAndGlobex(server, {
      owner: "OWNER",
      admin: "ADMIN",
      rep: "MEMBER",
      other: "MEMBER",
    }));
  });
  afterAll(() => server?.close());

  it("answers with RateLimit headers, then 429 with Retry-After and RATE_LIMITED", async () => {
    const first = await ask(server.url, tokens.rep!);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("ratelimit-limit")).toBe("6"); // a person's budget, not a key's
    expect(first.response.headers.get("ratelimit-remaining")).toBe("5");
    expect(Number(first.response.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect((await ask(server.url, tokens.rep!)).response.status).toBe(200);
    const over = await ask(server.url, tokens.rep!);
    expect(over.response.status).toBe(429);
    expect(Number(over.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(over.response.headers.get("ratelimit-remaining")).toBe("0");
    expect(over.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    // Another user has a budget of their own.
    expect((await ask(server.url, tokens.other!)).response.status).toBe(200);
  });

  it("counts WebSocket subscribe messages", async () => {
    const client = createClient({
      url: `${server.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens.other}` },
      retryAttempts: 0,
    });
    // `other` spent 1 of 6 above; five subscribes spend the rest, the sixth is refused.
    const subscribeOnce = () =>
      new Promise<string | undefined>((resolve) => {
        const stop = client.subscribe(
          { query: "subscription { leadEvents { type } }" },
          {
            next: () => {},
            complete: () => resolve(undefined),
            error: (errors) => resolve((errors as { extensions?: { code?: string } }[])[0]?.extensions?.code),
          },
        );
        setTimeout(() => {
          stop();
          resolve(undefined);
        }, 500);
      });
    for (let i = 0; i < 5; i++) expect(await subscribeOnce()).toBeUndefined();
    expect(await subscribeOnce()).toBe("RATE_LIMITED");
    await client.dispose();
  });

  it("holds API keys to their organisation's hourly budget, which an organisation may have raised", async () => {
    const one = await createKey(server.url, tokens.admin!, "one");
    const two = await createKey(server.url, tokens.admin!, "two");
    for (let i = 0; i < 5; i++) expect((await ask(server.url, one)).response.status).toBe(200);
    const sixth = await ask(server.url, two);
    expect(sixth.response.status).toBe(200);
    expect(sixth.response.headers.get("ratelimit-limit")).toBe("7"); // the organisation's is tighter now
    expect((await ask(server.url, two)).response.status).toBe(200);
    expect((await ask(server.url, two)).response.status).toBe(429);
    const admin = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens.admin}` },
      body: JSON.stringify({
        query: "mutation { updateApiRateLimits(input: { requestsPerHour: 20 }) { isDefault } }",
      }),
    });
    // The owner's call, not an admin's: the refusal says which role it takes.
    expect(
      ((await admin.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0],
    ).toMatchObject({
      message: "updateApiRateLimits needs the OWNER role or above; you are ADMIN",
      extensions: { code: "FORBIDDEN" },
    });
    const raised = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens.owner}` },
      body: JSON.stringify({
        query:
          "mutation { updateApiRateLimits(input: { requestsPerHour: 20 }) { perOrganizationPerHour isDefault } }",
      }),
    });
    expect(((await raised.json()) as { data: unknown }).data).toEqual({
      updateApiRateLimits: { perOrganizationPerHour: 20, isDefault: false },
    });
    const after = await ask(server.url, two);
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get("ratelimit-limit")).toBe("5"); // the key's per-minute budget is tighter again
  });
});

describe("API rate limits shared by two instances (Redis)", () => {
  it("spends one budget across instances", async () => {
    const redisUrl = inject("redisUrl");
    // Sign-ins count per IP address, and this Redis outlives earlier runs.
    const redis = new Redis(redisUrl);
    await redis.del("api_principal:ip:127.0.0.1", "api_principal:ip:::ffff:127.0.0.1");
    redis.disconnect();
    const first = await startTestApp({ env: LIMITS, redisUrl });
    const second = await startTestApp({ env: LIMITS, redisUrl, database: first.database });
    try {
      const { tokens } = await seedAcmeAndGlobex(first, { rep: "MEMBER" });
      for (const url of [first.url, second.url, first.url, second.url, first.url])
        expect((await ask(url, tokens.rep!)).response.status).toBe(200);
      expect((await ask(first.url, tokens.rep!)).response.headers.get("ratelimit-remaining")).toBe("0");
      expect((await ask(second.url, tokens.rep!)).response.status).toBe(429);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it("falls back to per-instance limits in memory when Redis is unreachable", async () => {
    // Nothing listens on port 1: every Redis command fails, the insurance limiter answers instead.
    const factory = createRateLimiterFactory({
      databaseUrl: "postgres://unused",
      redisUrl: "redis://127.0.0.1:1",
    });
    try {
      const limiter = factory.limiter("outage_test", 2, 60);
      expect((await consumePoint(limiter, "someone")).limited).toBe(false);
      expect((await consumePoint(limiter, "someone")).remaining).toBe(0);
      expect((await consumePoint(limiter, "someone")).limited).toBe(true);
    } finally {
      await factory.close();
    }
  });
});

describe("a burst on one key", () => {
  for (const store of ["PostgreSQL", "Redis"] as const)
    it(`is counted exactly, in fewer store updates than requests (${store})`, async () => {
      const database = store === "PostgreSQL" ? await createTestDatabase() : undefined;
      const factory = createRateLimiterFactory({
        databaseUrl: database?.url ?? "postgres://unused",
        redisUrl: store === "Redis" ? inject("redisUrl") : undefined,
      });
      try {
        const limiter = factory.limiter(`burst_${Date.now()}`, 10, 60);
        let updates = 0;
        const consume = limiter.consume.bind(limiter);
        limiter.consume = (...args) => (updates++, consume(...args));
        const states = await Promise.all(Array.from({ length: 25 }, () => consumePoint(limiter, "campaign")));
        expect(states.filter((state) => !state.limited)).toHaveLength(10);
        expect(states.filter((state) => !state.limited).map((state) => state.remaining)).toEqual([
          9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
        ]);
        expect(states.slice(10).every((state) => state.limited && state.remaining === 0)).toBe(true);
        expect(updates).toBeLessThan(25);
        // Every request of the burst was counted: the next one is the 26th of the window.
        const next = await limiter.get("campaign");
        expect(next?.consumedPoints).toBe(25);
      } finally {
        await factory.close();
        await database?.drop();
      }
    });
});
