import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { withClient } from "../../server/src/db/admin.js";
import { ApiClient } from "./support/api.js";
import { openSignedIn, subscriptionSent, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

test("a lead created through the API appears on the open leads page without a reload", async () => {
  const page = await fixture.browser.newPage();
  screenshotOnFailure(page, "leads-live", true);
  const live = subscriptionSent(page, "LeadEvents");

  // The production server serves the built app itself (say so plainly when it does not).
  const app = await fetch(`${fixture.server.url}/leads`);
  expect(app.status, await app.text()).toBe(200);

  // Signed out, the leads page sends us to the login page, and back after signing in. Newest first
  // (not the default, hottest first), so the new lead belongs on page 1 whatever its score.
  await openSignedIn(page, `${fixture.server.url}/leads?sort=CREATED_AT&dir=desc`, "rep1@acme.example");

  const table = page.getByRole("table", { name: "Leads" });
  const rows = table.locator("tbody tr");
  await rows.first().waitFor();
  expect(await rows.count()).toBeGreaterThan(0);
  await live;

  // A marker on this document: it would be gone if the page reloaded to show the new lead.
  await page.evaluate(() => Object.assign(globalThis, { leadlineE2eMarker: true }));

  const lastName = `Livewire-${randomUUID().slice(0, 8)}`;
  const manager = new ApiClient(fixture.server.url);
  await manager.login("manager@acme.example", "leadline-demo");
  await manager.createLead({
    firstName: "Ada",
    lastName,
    company: "Live Update Ltd",
    email: `${lastName.toLowerCase()}@example.com`,
  });

  await table.getByRole("row").filter({ hasText: lastName }).waitFor({ timeout: 20_000 });
  expect(await page.evaluate(() => "leadlineE2eMarker" in globalThis)).toBe(true);
});

test("after the server restarts, the open leads page catches up with what changed while it was down", async () => {
  const page = await fixture.browser.newPage();
  screenshotOnFailure(page, "leads-reconnect", true);
  const live = subscriptionSent(page, "LeadEvents");
  await openSignedIn(page, `${fixture.server.url}/leads?sort=CREATED_AT&dir=desc`, "rep1@acme.example");
  const table = page.getByRole("table", { name: "Leads" });
  await table.locator("tbody tr").first().waitFor();
  await live;
  await page.evaluate(() => Object.assign(globalThis, { leadlineE2eMarker: true }));

  // Written straight into the database while no server runs: no live event can ever announce this lead,
  // so only the page's refetch on reconnecting can show it.
  const lastName = `Reconnect-${randomUUID().slice(0, 8)}`;
  const resubscribed = subscriptionSent(page, "LeadEvents");
  await fixture.server.restart(() =>
    withClient(fixture.databaseUrl, (client) =>
      client.query(
        `insert into lead (id, organization_id, first_name, last_name, email)
         select gen_random_uuid(), id, 'Ada', $1, $2 from organization where slug = 'acme'`,
        [lastName, `${lastName.toLowerCase()}@example.com`],
      ),
    ),
  );
  await resubscribed;
  await table.getByRole("row").filter({ hasText: lastName }).waitFor({ timeout: 20_000 });
  expect(await page.evaluate(() => "leadlineE2eMarker" in globalThis)).toBe(true);
});
