// One schema, split per domain; drizzle-kit reads this file to generate migrations.
export * from "./users";
export * from "./workspaces";
export * from "./boards";
export * from "./events";
export * from "./lists";
export * from "./cards";
export * from "./webhooks";
export * from "./tokens";
export * from "./rate-limits";
export * from "./invites";
export * from "./comments";
export * from "./checklists";
export * from "./time-entries";
export * from "./tags";
export * from "./board-accesses";
export * from "./files";
export * from "./planning";
