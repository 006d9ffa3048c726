export * from "./build.ts";
export * from "./dataset.ts";
export * from "./edition.ts";
export * from "./errors.ts";
export * from "./files.ts";
export * from "./names.ts";
export * from "./types.ts";
export * from "./vocabulary.ts";
