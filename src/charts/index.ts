export * from "./build.ts";
export * from "./specs.ts";
