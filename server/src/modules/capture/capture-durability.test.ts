import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role } from "@leadline/shared";
import { afterAll, expect, it } from "vitest";
import { startTestApp, TEST_JWT_SECRET } from "../../../test/app.js";
import { createTestDatabase, type TestDatabase } from "../../../test/database.js";
import { seedAcmeAndGlobex } from "../../../test/fixtures.js";
import { graphql } from "../../../test/graphql-client.js";
import { REPO_ROOT } from "../../config.js";

let database: TestDatabase | undefined;
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await database?.drop();
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The real server as its own process (as `pnpm dev` runs it), on the given database. */
async function spawnServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "@oxc-node/core/register", "src/main.ts"], {
    cwd: join(REPO_ROOT, "server"),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      DEMO_DATA: "0",
      JWT_SECRET: TEST_JWT_SECRET,
      DATA_DIR: mkdtempSync(join(tmpdir(), "leadline-kill-")),
      CAPTURE_RATE_LIMIT_PER_IP: "1000000",
      CAPTURE_RATE_LIMIT_PER_CAMPAIGN: "1000000",
    },
    stdio: "ignore",
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not become ready");
}

it("keeps every lead it answered 201 for when killed under load", async () => {
  database = await createTestDatabase();
  // Seed an organisation and a campaign through a short-lived in-process instance.
  const seeding = await startTestApp({ database });
  const { tokens } = await seedAcmeAndGlobex(seeding, { manager: Role.MANAGER });
  const created = await graphql(
    seeding.url,
    'mutation { createCampaign(input: { name: "Kill", status: ACTIVE }) { campaign { id publicToken } } }',
    {},
    tokens.manager,
  );
  const campaign = created.data!.createCampaign.campaign;
  await seeding.close();

  const first = await spawnServer(database.url);
  const accepted: string[] = [];
  let killed = false;
  const send = (i: number) =>
    fetch(`${first.url}/v1/api/leads`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-campaign-token": campaign.publicToken },
      body: JSON.stringify({
        campaign_id: campaign.id,
        contact: { lastName: `Kill ${i}`, email: `kill${i}@loss.example` },
      }),
    }).then(
      async (response) => {
        if (response.status === 201) accepted.push(((await response.json()) as { lead_id: string }).lead_id);
        // Kill without warning once some leads are in and many are still in flight.
        if (accepted.length >= 40 && !killed) {
          killed = true;
          first.child.kill("SIGKILL");
        }
      },
      () => undefined, // connections cut by the kill
    );
  await Promise.all(Array.from({ length: 400 }, (_, i) => send(i)));
  expect(killed).toBe(true);
  expect(accepted.length).toBeGreaterThanOrEqual(40);
  expect(accepted.length).toBeLessThan(400); // the kill cut requests in flight

  const second = await spawnServer(database.url);
  const missing: string[] = [];
  for (const id of accepted) {
    const response = await fetch(`${second.url}/v1/api/leads/${id}/status`, {
      headers: { "x-campaign-token": campaign.publicToken },
    });
    if (response.status !== 200) missing.push(id);
  }
  expect(missing).toEqual([]);
}, 300_000);
