/**
 * Monte Carlo speed, side by side: the TypeScript engine on one thread and on two, and the same
 * model written with NumPy (bench/reference/montecarlo.py, Debian's python3-numpy) on the same
 * inputs, all in one run. Prints path-years per second and the ratios against the targets:
 *   - TypeScript on one core at least as fast as NumPy;
 *   - two cores at least 1.7 times one core;
 *   - the alliance-wide odds for 100,000 paths in under two seconds, data loading included.
 *
 * Usage: npm run bench [-- --paths N --repeats R]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { resolveTarget } from "../src/analysis/targets.ts";
import { loadDataset } from "../src/node/load-dataset.ts";
import { SimulationPool } from "../src/node/simulation-pool.ts";
import { fitModels } from "../src/projection/model.ts";
import { runOdds } from "../src/projection/odds.ts";

const { values } = parseArgs({
  options: {
    paths: { type: "string", default: "100000" },
    repeats: { type: "string", default: "3" },
  },
});
const paths = Number(values.paths);
const repeats = Number(values.repeats);
/** $PYTHON, else the first python3 on the PATH that has NumPy (machines may carry several). */
function pythonWithNumpy(): string {
  if (process.env.PYTHON) return process.env.PYTHON;
  const candidates = (process.env.PATH ?? "")
    .split(delimiter)
    .map((dir) => join(dir, "python3"))
    .filter((file) => existsSync(file));
  const found = candidates.find(
    (file) => spawnSync(file, ["-c", "import numpy"], { stdio: "ignore" }).status === 0,
  );
  return found ?? "python3";
}
const PYTHON = pythonWithNumpy();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (n: number) => `${(n / 1e6).toFixed(1)}M`;

const loadStart = performance.now();
const data = loadDataset();
const loadMs = performance.now() - loadStart;
const target = resolveTarget(data, "hague-core");
const horizon = 2030;
const allies = data.alliesWithData();
const deadline = target.deadline ?? 2035;
const models = fitModels(data, allies, { asOf: 2026, to: deadline });
const pathYears = models.reduce((s, m) => s + paths * (deadline - m.startYear), 0);
const spec = { threshold: target.threshold, deadline, horizon, to: deadline, paths, seed: 1 };

// Threads are started and warmed up before timing, as the CLI does while it loads the data:
// this measures the engine's throughput, not thread start-up.
const pools = new Map([1, 2].map((n) => [n, new SimulationPool(n)]));
await Promise.all([...pools.values()].map((p) => p.ready));

async function timeOdds(threads: number): Promise<{ ms: number; p: Map<string, number> }> {
  const start = performance.now();
  const pool = pools.get(threads);
  const r = await runOdds(data, allies, {
    asOf: 2026,
    target,
    horizon,
    paths,
    seed: 1,
    simulator: pool,
  });
  return { ms: performance.now() - start, p: new Map(r.allies.map((a) => [a.ally, a.pDeadline])) };
}

console.log(
  `Monte Carlo benchmark: ${allies.length} allies, ${paths.toLocaleString("en")} paths, 2027-${deadline}: ${fmt(pathYears)} path-years; median of ${repeats}`,
);

// One untimed run each, so both thread counts are measured on optimised code.
await timeOdds(1);
await timeOdds(2);
const one: number[] = [];
const two: number[] = [];
let pOne = new Map<string, number>();
for (let i = 0; i < repeats; i++) {
  const a = await timeOdds(1);
  one.push(a.ms);
  pOne = a.p;
  two.push((await timeOdds(2)).ms);
}

const numpy: number[] = [];
let numpyP = new Map<string, number>();
let numpyVersion = "";
const env = { ...process.env };
// These two are set on some machines for old OpenBLAS builds and slow a current NumPy down.
delete env.OPENBLAS_CORETYPE;
delete env.OPENBLAS_L2_SIZE;
for (let i = 0; i < repeats; i++) {
  const run = spawnSync(
    PYTHON,
    [fileURLToPath(new URL("./reference/montecarlo.py", import.meta.url))],
    {
      input: JSON.stringify({ models, spec }),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env,
    },
  );
  if (run.status !== 0) {
    console.error(
      `The NumPy reference did not run (${PYTHON}): ${run.error?.message ?? run.stderr.trim()}\nInstall Debian's NumPy first: apt-get install -y python3-numpy`,
    );
    process.exit(1);
  }
  const out = JSON.parse(run.stdout) as {
    seconds: number;
    numpy: string;
    results: { ally: string; pDeadline: number }[];
  };
  numpy.push(out.seconds * 1000);
  numpyVersion = out.numpy;
  numpyP = new Map(out.results.map((r) => [r.ally, r.pDeadline]));
}

// End to end, as a user runs it: a fresh process loads the data and computes the odds.
const cli = fileURLToPath(new URL("../bin/pledgewatch.js", import.meta.url));
const e2e: number[] = [];
for (let i = 0; i < repeats; i++) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, "odds", "--paths", "100000", "--json"], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  e2e.push(performance.now() - start);
}

await Promise.all([...pools.values()].map((p) => p.close()));
const t1 = median(one);
const t2 = median(two);
const tn = median(numpy);
const rate = (ms: number) => pathYears / (ms / 1000);
const maxDiff = Math.max(...allies.map((a) => Math.abs((pOne.get(a) ?? 0) - (numpyP.get(a) ?? 0))));
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

console.log("");
console.log(`  data load (in process)      ${loadMs.toFixed(0)} ms`);
console.log(`  TypeScript, 1 thread        ${t1.toFixed(0)} ms  ${fmt(rate(t1))} path-years/s`);
console.log(`  TypeScript, 2 threads       ${t2.toFixed(0)} ms  ${fmt(rate(t2))} path-years/s`);
console.log(
  `  NumPy ${numpyVersion.padEnd(8)}, 1 core      ${tn.toFixed(0)} ms  ${fmt(rate(tn))} path-years/s`,
);
console.log(
  `  CLI odds, 100,000 paths     ${median(e2e).toFixed(0)} ms  (new process: start, load, fit, simulate, print)`,
);
console.log("");
console.log(
  `  TypeScript 1 thread / NumPy      ${(tn / t1).toFixed(2)}x  (target >= 1.00)  ${verdict(tn / t1 >= 1)}`,
);
console.log(
  `  TypeScript 2 threads / 1 thread  ${(t1 / t2).toFixed(2)}x  (target >= 1.70)  ${verdict(t1 / t2 >= 1.7)}`,
);
console.log(
  `  CLI odds for 100,000 paths       ${(median(e2e) / 1000).toFixed(2)} s  (target < 2 s)    ${verdict(median(e2e) < 2000)}`,
);
console.log(
  `  largest |P(TypeScript) - P(NumPy)| by ${deadline}: ${(maxDiff * 100).toFixed(2)} pp (independent random streams)`,
);
console.log("");
console.log(
  "  NumPy time excludes Python's start and imports; TypeScript times include fitting, not thread",
);
console.log(
  "  start-up (threads are started beforehand, as the CLI starts them while it loads the data).",
);
