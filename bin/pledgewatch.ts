#!/usr/bin/env node
import { main } from "../src/cli/main.ts";

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  cwd: process.cwd(),
});
