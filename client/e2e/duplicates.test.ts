import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { openSignedIn, screenshotOnFailure } from "./support/browser.js";
import { ApiClient } from "./support/api.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();
const LEAD = "query($id: ID!) { lead(id: $id) { id lastName jobTitle } }";

test("a manager merges two duplicates side by side, then undoes the merge", async () => {
  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  const tag = randomUUID().slice(0, 6);
  const create = (input: Record<string, unknown>) =>
    api
      .request<any>("mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }", {
        input,
      })
      .then((data) => data.createLead.lead.id as string);
  const first = await create({
    firstName: "Philippa",
    lastName: "Quarterman",
    company: `Zephyr ${tag}`,
    email: `pq-${tag}@zephyr.example`,
  });
  const second = await create({
    firstName: "Philippa",
    lastName: "Quartermann",
    company: `Zephyr ${tag}`,
    jobTitle: "CTO",
  });

  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  screenshotOnFailure(page, "duplicates");
  await openSignedIn(page, `${fixture.server.url}/duplicates`, "manager@acme.example");

  const cluster = page.getByRole("region", { name: "Duplicates: Philippa Quarterman, Philippa Quartermann" });
  await cluster.getByRole("button", { name: "Merge" }).click();
  const dialog = page.getByRole("dialog", { name: "Merge 2 leads" });
  await dialog.getByRole("radio", { name: "Last name from Philippa Quartermann" }).check();
  // The master keeps its own value unless another is picked; an empty field takes the other lead's.
  expect(await dialog.getByRole("radio", { name: "Job title from Philippa Quartermann" }).isChecked()).toBe(
    true,
  );
  await dialog.getByRole("button", { name: "Merge" }).click();
  await dialog.waitFor({ state: "detached" });
  await page.getByText("Merged into Philippa Quartermann").waitFor();

  expect((await api.request<any>(LEAD, { id: first })).lead).toEqual({
    id: first,
    lastName: "Quartermann",
    jobTitle: "CTO",
  });
  expect((await api.request<any>(LEAD, { id: second })).lead).toBeNull();
  await cluster.waitFor({ state: "detached" });

  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText("Merged into Philippa Quartermann").waitFor({ state: "detached" });
  expect((await api.request<any>(LEAD, { id: first })).lead).toEqual({
    id: first,
    lastName: "Quarterman",
    jobTitle: null,
  });
  expect((await api.request<any>(LEAD, { id: second })).lead).toEqual({
    id: second,
    lastName: "Quartermann",
    jobTitle: "CTO",
  });
  await cluster.waitFor();
});

test("creating a lead warns about a similar one while typing, and creates it only when asked to", async () => {
  const api = new ApiClient(fixture.server.url);
  await api.login("manager@acme.example", "leadline-demo");
  const email = `ruth-${randomUUID().slice(0, 6)}@orbital.example`;
  await api.request("mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }", {
    input: { firstName: "Ruth", lastName: "Orbital", email },
  });

  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  screenshotOnFailure(page, "new-lead-duplicate");
  await openSignedIn(page, `${fixture.server.url}/leads`, "manager@acme.example");

  await page.getByRole("button", { name: "New lead" }).click();
  const dialog = page.getByRole("dialog", { name: "New lead" });
  await dialog.getByLabel("Last name").fill("Orbital-Two");
  await dialog.getByLabel("Email").fill(email.toUpperCase());
  const warning = dialog.getByRole("alert");
  await warning.getByText("Similar lead found: Ruth Orbital, same email").waitFor();

  // Create asks the server to warn: nothing is created while the match stands.
  await dialog.getByRole("button", { name: "Create", exact: true }).click();
  await warning.getByText("Similar lead found: Ruth Orbital, same email").waitFor();
  const count = async () =>
    (await api.request<any>(`{ leads(search: "${email}", first: 10) { totalCount } }`)).leads.totalCount;
  expect(await count()).toBe(1);

  await warning.getByRole("button", { name: "Create anyway" }).click();
  await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
  expect(await count()).toBe(2);
});
