import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { expect, onTestFailed, test } from "vitest";
import { RESULTS_DIR } from "./support/paths.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();

test("GET /graphql from a browser serves the explorer, which runs a query and a subscription with nothing loaded from elsewhere", async () => {
  const { url } = fixture.server;
  const login = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { login(input: { email: "admin@acme.example", password: "leadline-demo" }) { accessToken refreshToken } }`,
    }),
  });
  const session = ((await login.json()) as { data: { login: unknown } }).data.login;

  const context = await fixture.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  await context.route("**/*", async (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === "127.0.0.1" || hostname === "localhost") return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  // Signed in as in the web app: the explorer sends the session's token.
  await context.addInitScript(
    (value) => localStorage.setItem("leadline.session", value),
    JSON.stringify(session),
  );
  const page = await context.newPage();
  onTestFailed(async () => {
    await mkdir(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, "explorer.png") });
  });

  const graphqlPost = () =>
    page.waitForResponse((r) => r.url().endsWith("/graphql") && r.request().method() === "POST");
  const introspection = graphqlPost();
  await page.goto(`${url}/graphql`);
  await introspection; // GraphiQL has loaded the schema: it is ready to run
  const answered = graphqlPost();
  await page.getByRole("button", { name: /Execute query/ }).click();
  expect((await answered).status()).toBe(200);
  // Monaco draws the answer in its own layers: wait on the text itself (a string runs in the page).
  await page.waitForFunction(
    `document.querySelector(".graphiql-response")?.textContent?.includes("totalCount")`,
  );
  const answer = await page.locator(".graphiql-response").textContent();
  expect(answer).toContain('"fullName"');

  // A subscription runs over graphql-ws: a lead created elsewhere shows up in the answer pane.
  await page.locator(".graphiql-query-editor .monaco-editor").first().click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText("subscription Live { leadEvents { type lead { fullName } } }");
  await page.getByRole("button", { name: /Execute/ }).click();
  await page.getByRole("button", { name: /Stop/ }).waitFor();
  await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${(session as { accessToken: string }).accessToken}`,
    },
    body: JSON.stringify({
      query: `mutation { createLead(input: { firstName: "Grace", lastName: "Explorer", email: "grace@explorer.example" }) { lead { id } } }`,
    }),
  });
  await page.waitForFunction(
    `document.querySelector(".graphiql-response")?.textContent?.includes("Explorer")`,
  );
  expect(outside).toEqual([]);

  // Programs asking for JSON still get the API on the same path.
  const api = await fetch(`${url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
    headers: { accept: "application/json" },
  });
  expect(await api.json()).toEqual({ data: { __typename: "Query" } });
  await context.close();
});
