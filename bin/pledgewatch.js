#!/usr/bin/env node
import { enableCompileCache } from "node:module";

// Node keeps the compiled code of the CLI's modules between runs, TypeScript stripped: start-up
// skips both. This file is JavaScript because the entry module is loaded before the cache is on:
// as TypeScript it would load the type stripper on every run (tens of milliseconds).
enableCompileCache();
const { main } = await import("../src/cli/main.ts");

// A reader that stops early (`pledgewatch status | head -1`) closes the pipe: that ends the
// command quietly, as it does for any Unix tool, instead of raising an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  out: (/** @type {string} */ text) => process.stdout.write(text),
  err: (/** @type {string} */ text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  errIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
