#!/usr/bin/env node
import { enableCompileCache } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compiledEntry } from "./compiled.js";

// Node keeps the compiled code of the CLI's modules between runs: start-up skips recompiling.
enableCompileCache();
// lib/ (built by `npm run build`) while it matches the sources; the sources themselves otherwise
const compiled = compiledEntry(fileURLToPath(new URL("..", import.meta.url)));
const { main } = await import(
  compiled ? pathToFileURL(compiled).href : new URL("../src/cli/main.ts", import.meta.url).href
);

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
