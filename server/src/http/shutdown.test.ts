import { Role } from "@leadline/shared";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { seedOrganization, startTestApp } from "../../test/app.js";
import { graphql, login, subscribe } from "../../test/graphql-client.js";

/** Resolves once some query of the server is waiting on a lock (polls pg_stat_activity). */
async function waitForBlockedQuery(client: pg.Client): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rowCount } = await client.query(
      "select 1 from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()",
    );
    if (rowCount) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the request never reached the database");
}

describe("graceful shutdown", () => {
  it("waits for in-flight requests, closes WebSockets and stops listening", async () => {
    const server = await startTestApp();
    await seedOrganization(server.em(), "acme", { manager: Role.MANAGER });
    const token = await login(server.url, "manager@acme.test");
    const subscription = await subscribe(server, token, "subscription { leadEvents { type } }");

    // Hold a request inside the database: it is surely in flight when shutdown begins.
    const locker = new pg.Client({ connectionString: server.database.url });
    await locker.connect();
    await locker.query("begin");
    await locker.query("lock table lead in access exclusive mode");
    const inFlight = graphql(server.url, "{ leads(first: 100) { totalCount } }", {}, token);
    await waitForBlockedQuery(locker);

    let closed = false;
    const closing = server.app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed, "shutdown must wait for the request").toBe(false);
    await expect(fetch(`${server.url}/healthz`), "no new requests while draining").rejects.toThrow();

    await locker.query("rollback");
    await locker.end();
    expect((await inFlight).data).toEqual({ leads: { totalCount: 0 } });
    await closing;
    await expect(subscription.next(2000)).rejects.toBeDefined();
    await server.database.drop();
  });
});
