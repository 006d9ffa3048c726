export * from "./build.ts";
export * from "./map.ts";
export * from "./specs.ts";
