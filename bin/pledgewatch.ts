#!/usr/bin/env node
import { enableCompileCache } from "node:module";

// Node keeps the compiled code of the CLI's modules between runs: start-up skips recompiling.
enableCompileCache();
const { main } = await import("../src/cli/main.ts");

// A reader that stops early (`pledgewatch status | head -1`) closes the pipe: that ends the
// command quietly, as it does for any Unix tool, instead of raising an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  errIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
