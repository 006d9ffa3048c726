import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { runFuzz } from "../test/fuzz.ts";

/**
 * The long fuzz run: `npm run fuzz [-- --seed S --seconds N --scale K]`. Bounded in count and
 * time, on this machine only. Exits 1 if any probe was mishandled or any data was lost.
 */
const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    seconds: { type: "string", default: "600" },
    scale: { type: "string", default: "1" },
  },
});
const scale = Math.max(1, Number(values.scale) || 1);
const counts = {
  cli: 1500 * scale,
  data: 600 * scale,
  http: 5000 * scale,
  odds: 10 * scale,
  kills: 20 * scale,
};
process.stderr.write(
  `fuzz: seed ${values.seed}, at most ${values.seconds} s, ${availableParallelism()} cores\n`,
);
const started = Date.now();
const report = await runFuzz(counts, {
  seed: Number(values.seed),
  seconds: Number(values.seconds),
  onProgress: (line) => process.stderr.write(`  ${line}\n`),
});
const sum = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);
for (const f of report.failures.slice(0, 50)) process.stdout.write(`FAIL ${f}\n`);
process.stdout.write(
  `tried ${sum(report.tried)}, handled ${sum(report.handled)}, lost ${report.lost} ` +
    `(cli ${report.handled.cli}/${report.tried.cli}, data ${report.handled.data}/${report.tried.data}, ` +
    `http ${report.handled.http}/${report.tried.http}, concurrent odds ${report.handled.odds}/${report.tried.odds}, ` +
    `kill -9 during ingest ${report.handled.kills}/${report.tried.kills}: batch whole ${report.killed.whole}, none ${report.killed.none}) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);
process.exitCode = report.failures.length === 0 && report.lost === 0 ? 0 : 1;
