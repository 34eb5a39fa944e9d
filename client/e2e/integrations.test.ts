import { expect, test } from "vitest";
import { openSignedIn, screenshotOnFailure } from "./support/browser.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

test("an admin creates an API key, sees its secret once, the key works, and revoking it stops it", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1400, height: 900 } });
  screenshotOnFailure(page, "integrations");
  await openSignedIn(page, `${fixture.server.url}/integrations`, "admin@acme.example");

  await page.getByRole("link", { name: "Open the API explorer" }).waitFor();
  await page.getByLabel("Key name").fill("CRM sync");
  await page.getByRole("button", { name: "Create key" }).click();
  const dialog = page.getByRole("dialog", { name: "Your new API key" });
  const secret = await dialog.getByLabel("Secret").inputValue();
  expect(secret).toMatch(/^ll_key_/);
  await dialog.getByRole("button", { name: "Done" }).click();

  const ask = () =>
    fetch(`${fixture.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: "{ me { email } }" }),
    }).then(
      (response) =>
        response.json() as Promise<{
          data?: { me: { email: string } } | null;
          errors?: { extensions: { code: string } }[];
        }>,
    );
  expect((await ask()).data?.me.email).toBe("admin@acme.example");

  const row = page.getByRole("table", { name: "API keys" }).getByRole("row", { name: /CRM sync/ });
  await row.getByRole("button", { name: "Revoke CRM sync" }).click();
  await row.getByText("Revoked").waitFor();
  expect((await ask()).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
});

test("a manager who opens the page by its address is told who manages keys, and is shown no forms", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1400, height: 900 } });
  screenshotOnFailure(page, "integrations-manager");
  await openSignedIn(page, `${fixture.server.url}/integrations`, "manager@acme.example");
  await page.getByText("API keys and webhooks are managed by your organisation's admins").waitFor();
  expect(await page.getByRole("button", { name: "Create key" }).count()).toBe(0);
  expect(await page.getByRole("button", { name: "Add endpoint" }).count()).toBe(0);
  expect(await page.getByText(/needs the ADMIN role/).count()).toBe(0);
});
