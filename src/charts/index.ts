export * from "./build.ts";
export * from "./context-specs.ts";
export * from "./map.ts";
export * from "./specs.ts";
