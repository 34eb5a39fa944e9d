import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createPubSub } from "@graphql-yoga/subscription";
import {
  getOperationAST,
  Kind,
  parse,
  print,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestApp, type TestApp } from "../../test/app.js";
import { seedAcmeAndGlobex } from "../../test/fixtures.js";
import { graphql } from "../../test/graphql-client.js";
import { REPO_ROOT } from "../config.js";
import { limitRules, MAX_QUERY_COST, MAX_QUERY_TOKENS } from "./limits.js";
import { operationCost } from "./query-cost.js";
import { buildLeadlineSchema } from "./schema.js";

/** Every operation the web app sends, as codegen compiled them from its `graphql()` calls. */
function spaDocuments(): [string, DocumentNode][] {
  const source = readFileSync(join(REPO_ROOT, "client/src/api/gql/graphql.ts"), "utf8");
  return [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as/gm)].map(
    ([, name, json]) => [name!, JSON.parse(json!) as DocumentNode],
  );
}

/** The worst case: every page-size variable at the largest page. */
function largestPages(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((v) => /^first$|size$/i.test(v.variable.name.value))
      .map((v) => [v.variable.name.value, 100]),
  );
}

describe("query limits", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildLeadlineSchema(createPubSub());
  });

  it("estimate list fields by their page size", () => {
    const document = parse(`{ leads(first: 50) { totalCount edges { node { id fullName } } } }`);
    const operation = getOperationAST(document)!;
    expect(operationCost(schema, document, operation)).toBe(1 + 50 * (1 + 1 + 1 + 2));
    const nested = parse(
      `query($n: Int) { leads(first: $n) { edges { node { id scoreHistory(first: 10) { totalCount } } } } }`,
    );
    expect(operationCost(schema, nested, getOperationAST(nested)!, { n: 20 })).toBe(
      1 + 20 * (1 + 1 + 1 + 1 + 10 * 1),
    );
  });

  it("leave the web app's own operations well inside (under a quarter of the cost limit)", () => {
    const documents = spaDocuments();
    expect(documents.length).toBeGreaterThan(30);
    for (const [name, document] of documents) {
      expect(validate(schema, document, limitRules), name).toEqual([]); // (@unmask is client-side)
      expect(() => parse(print(document), { maxTokens: MAX_QUERY_TOKENS / 2 }), name).not.toThrow();
      for (const operation of document.definitions)
        if (operation.kind === Kind.OPERATION_DEFINITION)
          expect(operationCost(schema, document, operation, largestPages(operation)), name).toBeLessThan(
            MAX_QUERY_COST / 4,
          );
    }
  });
});

describe("query limits over HTTP", () => {
  let server: TestApp;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    server = await startTestApp({ env: { GRAPHQL_INTROSPECTION: "0" } });
    ({ tokens } = await seedAcmeAndGlobex(server, { manager: "MANAGER" }));
  });
  afterAll(() => server?.close());

  it("refuse a too expensive query with 400, its cost and the limit", async () => {
    const expensive = `{ leads(first: 100) { edges { node { scoreHistory(first: 100) { edges { node { id score delta } } } } } } }`;
    const response = await graphql(server.url, expensive, {}, tokens.manager);
    expect(response.status).toBe(400);
    const extensions = response.errors?.[0]?.extensions as { code: string; cost: number; maxCost: number };
    expect(extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(extensions.cost).toBeGreaterThan(MAX_QUERY_COST);
    expect(extensions.maxCost).toBe(MAX_QUERY_COST);
  });

  it("refuse a subscription sent over HTTP with 400 (it belongs on graphql-ws)", async () => {
    const response = await graphql(
      server.url,
      `
        subscription {
          leadEvents {
            type
          }
        }
      `,
      {},
      tokens.manager,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(response.errors?.[0]?.message).toMatch(/graphql-ws/);
  });

  it("cap `first` at 100 on every list, also through variables", async () => {
    const response = await graphql(
      server.url,
      `
        query ($n: Int!) {
          users(first: $n) {
            totalCount
          }
        }
      `,
      { n: 101 },
      tokens.manager,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("refuse a document with too many tokens", async () => {
    const huge = `{ ${Array.from({ length: MAX_QUERY_TOKENS }, () => "__typename").join(" ")} }`;
    const response = await graphql(server.url, huge, {}, tokens.manager);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/tokens/);
  });

  it("apply over graphql-ws too", async () => {
    const client = createClient({
      url: `${server.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens.manager}` },
      retryAttempts: 0,
    });
    const firstError = (query: string) =>
      new Promise<string | undefined>((resolve) =>
        client.subscribe(
          { query },
          {
            next: () => resolve(undefined),
            complete: () => resolve(undefined),
            error: (errors) => resolve((errors as { message: string }[])[0]?.message),
          },
        ),
      );
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: type`).join(" ");
    expect(await firstError(`subscription { leadEvents { ${aliases} } }`)).toMatch(/aliases/i);
    expect(
      await firstError(`subscription { leadEvents { type __schema { types { name } } } }`),
    ).toBeDefined();
    await client.dispose();
  });

  it("turn introspection off by a setting", async () => {
    const response = await graphql(
      server.url,
      `
        {
          __schema {
            queryType {
              name
            }
          }
        }
      `,
      {},
      tokens.manager,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
