import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createPubSub } from "@graphql-yoga/subscription";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config.js";
import { printLeadlineSchema } from "./print-schema.js";
import { buildLeadlineSchema } from "./schema.js";

describe("schema.graphql", () => {
  it("is exactly what the server emits (run `pnpm schema` after changing the API)", async () => {
    const emitted = printLeadlineSchema(await buildLeadlineSchema(createPubSub()));
    expect(readFileSync(join(REPO_ROOT, "schema.graphql"), "utf8")).toBe(emitted);
  });
});
