import { Role } from "@leadline/shared";
import { describe, expect, it } from "vitest";
import { seedOrganization, startTestApp } from "../../test/app.js";
import { graphql, login, subscribe } from "../../test/graphql-client.js";

describe("graceful shutdown", () => {
  it("finishes in-flight requests, closes WebSockets and stops listening", async () => {
    const server = await startTestApp();
    await seedOrganization(server.em(), "acme", { manager: Role.MANAGER });
    const token = await login(server.url, "manager@acme.test");
    const subscription = await subscribe(server.url, token, "subscription { leadEvents { type } }");
    // A request already under way when shutdown starts still gets its answer.
    const inFlight = graphql(server.url, "{ leads(first: 100) { totalCount } }", {}, token);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await server.close();
    expect((await inFlight).data).toEqual({ leads: { totalCount: 0 } });
    await expect(subscription.next(2000)).rejects.toBeDefined();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
