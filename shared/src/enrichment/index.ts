// Local lead enrichment (email domain, phone country): pure, shared by every capture channel.
export * from "./enrich.js";
