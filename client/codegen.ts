import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for every `graphql()` call in src/, generated from the server's emitted schema.
// Fragment masking is Apollo Client's (runtime, `dataMasking: true`), so the preset's own is off
// and the generated types are masked the way Apollo masks at runtime.
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/api/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/api/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        inlineFragmentTypes: "mask",
        customDirectives: { apolloUnmask: true },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          ID: "string",
          DateTimeISO: "string",
          JSONObject: "Record<string, unknown>",
          JSON: "unknown",
        },
      },
    },
  },
};

export default config;
