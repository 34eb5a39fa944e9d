// Lead routing: pure choices (which rule matches, which rep is eligible and picked), no I/O.
export * from "./conditions.js";
export * from "./eligibility.js";
export * from "./choose.js";
export * from "./territories.js";
export * from "./sla-countdown.js";
