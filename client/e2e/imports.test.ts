import { join } from "node:path";
import { test } from "vitest";
import { openSignedIn, screenshotOnFailure } from "./support/browser.js";
import { REPO_ROOT } from "./support/paths.js";
import { useServerAndBrowser } from "./support/fixture.js";

const fixture = useServerAndBrowser();
// The real Salesforce export CI keeps beside the repository (../shared/data).
const SALESFORCE = join(REPO_ROOT, "..", "shared", "data", "salesforce-export-sample", "Lead.csv");

test("the import wizard takes a Salesforce export from upload to done, then undoes it", async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 1280, height: 900 } });
  screenshotOnFailure(page, "imports", true);
  await openSignedIn(page, `${fixture.server.url}/imports`, "manager@acme.example");

  await page.getByLabel("CSV file").setInputFiles(SALESFORCE);
  // Mapping: suggested with no manual work, sample values shown.
  const mapping = page.getByRole("table", { name: "Column mapping" });
  await mapping.getByRole("row", { name: /LeadSource .*Web/ }).waitFor();
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByText(/Of the first 22 rows: 22 new/).waitFor();
  await page.getByRole("button", { name: "Start import" }).click();
  await page.getByText(/Done: 22 rows read, 22 created/).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "Undo this import" }).click();
  await page.getByText("22 imported leads deleted.").waitFor();
});
