import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// type-graphql is loaded as CommonJS by Node while test files are ESM: alias graphql to one copy
// so the schema and the tests share the same `graphql` module instance (STACK-NOTES).
const graphqlAlias = { graphql: require.resolve("graphql", { paths: ["./server"] }) };

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    // One embedded PostgreSQL (or DATABASE_URL) and a migrated template database for the whole run.
    globalSetup: ["server/test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "shared", include: ["shared/src/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "server", include: ["server/src/**/*.test.ts", "server/test/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["client/e2e/**/*.test.ts"],
          // Each browser file runs its own server and Chromium: two at once on a 2-core machine starve
          // each other's live pushes (flaky waits), so they take turns.
          fileParallelism: false,
          globalSetup: ["client/e2e/global-setup.ts"],
        },
      },
    ],
  },
});
