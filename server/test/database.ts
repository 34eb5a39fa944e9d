import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { ensureDatabase, withClient } from "../src/db/admin.js";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for a test file (a copy of the global template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = inject("postgresBaseUrl");
  const name = `test_${randomBytes(8).toString("hex")}`;
  await ensureDatabase(baseUrl, name, inject("templateDatabase"));
  return {
    url: `${baseUrl}/${name}`,
    drop: () =>
      withClient(`${baseUrl}/postgres`, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      ).then(() => undefined),
  };
}
