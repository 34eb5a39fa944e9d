// Duplicate detection: pure functions shared by the server (createLead, capture), imports and the web app.
export * from "./duplicates.js";
export { trigramSimilarity } from "./trigram.js";
export * from "./merge-fields.js";
