export * from "./enums.js";
export * from "./grades.js";
export * from "./normalize.js";
export * from "./lead-validation.js";
export * from "./scoring/index.js";
export * from "./lead-fields.js";
export * from "./dedup/index.js";
export * from "./enrichment/index.js";
