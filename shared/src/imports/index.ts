// CSV import: column mapping suggestions and row reading, pure, shared by the server's import job and the web app's wizard.
export * from "./mapping.js";
export * from "./values.js";
export * from "./row.js";
