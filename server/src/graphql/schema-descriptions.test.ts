import { createPubSub } from "@graphql-yoga/subscription";
import { describe, expect, it } from "vitest";
import { describeSchema, schemaElements } from "./describe-schema.js";
import { schemaDescriptions } from "./descriptions/index.js";
import { buildDecoratedSchema, buildLeadlineSchema } from "./schema.js";

describe("schema descriptions", () => {
  it("describe every type, field, argument, input field and enum value", async () => {
    const schema = await buildLeadlineSchema(createPubSub());
    const undescribed = [...schemaElements(schema)]
      .filter(([, element]) => !element.description?.trim())
      .map(([coordinate]) => coordinate);
    expect(undescribed, "add these to server/src/graphql/descriptions/").toEqual([]);
  });

  it("hold no dead entries: each names an element its decorator leaves undescribed", async () => {
    const unused = describeSchema(await buildDecoratedSchema(createPubSub()), schemaDescriptions);
    expect(unused, "remove or move these entries").toEqual([]);
  });
});
