import type { Role } from "@leadline/shared";
import { seedOrganization, type SeededOrg, type TestApp } from "./app.js";
import { login } from "./graphql-client.js";

/**
 * The two organisations most API tests need: "acme" with the given users (emails `<key>@acme.test`), and
 * "globex" with one admin, the outsider every isolation check uses. Returns a signed-in token per acme
 * user, and `globex` for the outsider.
 */
export async function seedAcmeAndGlobex(
  server: TestApp,
  acmeUsers: Record<string, Role>,
): Promise<{ acme: SeededOrg; tokens: Record<string, string> }> {
  const acme = await seedOrganization(server.em(), "acme", acmeUsers);
  await seedOrganization(server.em(), "globex", { admin: "ADMIN" });
  const tokens: Record<string, string> = {};
  for (const who of Object.keys(acmeUsers)) tokens[who] = await login(server.url, `${who}@acme.test`);
  tokens.globex = await login(server.url, "admin@globex.test");
  return { acme, tokens };
}
