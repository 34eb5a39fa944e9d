// Writes the public contract, /schema.graphql, from the type-graphql classes:
//   pnpm schema   (also regenerates the client's typed operations)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../config.js";
import { createPubSub } from "@graphql-yoga/subscription";
import { printLeadlineSchema } from "./print-schema.js";
import { buildLeadlineSchema } from "./schema.js";

const schema = await buildLeadlineSchema(createPubSub());
writeFileSync(join(REPO_ROOT, "schema.graphql"), printLeadlineSchema(schema));
console.log("wrote schema.graphql");
