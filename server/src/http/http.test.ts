import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/app.js";
import { graphql } from "../../test/graphql-client.js";

let server: TestApp;
beforeAll(async () => {
  server = await startTestApp();
});
afterAll(() => server.close());

describe("HTTP endpoints", () => {
  it("answers /healthz and /readyz (database up, migrations applied)", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("passes every MUST of the GraphQL-over-HTTP audit", async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const failures = results.flatMap((result) =>
      result.status === "error" ? [`${result.name}: ${result.reason}`] : [],
    );
    expect(failures).toEqual([]);
  });

  it("serves queries over GET too", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/graphql-response+json" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses too deep queries with a 400, not a 500", async () => {
    const deep =
      "{ me { teams { members { teams { members { teams { members { teams { members { teams { members { id } } } } } } } } } } } }";
    const response = await graphql(server.url, deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/depth limit/i);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses alias floods with a 400", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(" ");
    const response = await graphql(server.url, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/aliases limit/i);
  });

  it("refuses oversized request bodies", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename } # ${"x".repeat(2_000_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it("answers client routes with the SPA (or says it is not built), never with an API error", async () => {
    const response = await fetch(`${server.url}/leads/some-id`);
    expect([200, 503]).toContain(response.status);
    expect(response.headers.get("content-type")).toMatch(
      response.status === 200 ? /text\/html/ : /text\/plain/,
    );
  });
});
