export * from "./growth.ts";
export * from "./model.ts";
export * from "./montecarlo.ts";
export * from "./odds.ts";
export * from "./odds-models.ts";
export * from "./paths.ts";
export * from "./records.ts";
export * from "./scenario.ts";
