// Test support, published as `@leadline/shared/testing`: the app itself imports none of it.
export * from "./random-scoring.js";
