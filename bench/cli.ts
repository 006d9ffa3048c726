/**
 * CLI start-up, side by side: `pledgewatch status`, `ally DEU` and `odds` (100 paths) against a
 * bare `node -e 0`, run alternately so both meet the same machine load, medians of each.
 * Target: status within 3x the bare start. The first run of each fills the data and compile
 * caches and is not counted.
 *
 * Usage: npm run bench:cli [-- --runs N]
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const runs = Math.max(3, Number(values.runs) || 15);
const bin = fileURLToPath(new URL("../bin/pledgewatch.js", import.meta.url));

function time(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const commands = {
  status: [bin, "status"],
  "ally DEU": [bin, "ally", "DEU"],
  "odds --paths 100": [bin, "odds", "--paths", "100"],
} as const;
const bare = ["-e", "0"];

console.log(`CLI start-up: ${runs} alternating runs each, medians (ms)`);
console.log("");
const baseline: number[] = [];
const results = new Map<string, number[]>();
for (const args of Object.values(commands)) time(args); // fill the caches
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) {
    baseline.push(time(bare));
    results.set(name, [...(results.get(name) ?? []), time(args)]);
  }
}
const base = median(baseline);
console.log(`  node -e 0             ${base.toFixed(0).padStart(6)}`);
let pass = true;
for (const [name, times] of results) {
  const m = median(times);
  const ratio = m / base;
  const target = name === "status" ? "  (target <= 3x)" : "";
  const verdict = name === "status" ? (ratio <= 3 ? "  PASS" : "  FAIL") : "";
  if (name === "status" && ratio > 3) pass = false;
  console.log(
    `  ${name.padEnd(20)} ${m.toFixed(0).padStart(6)}   ${ratio.toFixed(1)}x${target}${verdict}`,
  );
}
process.exitCode = pass ? 0 : 1;
